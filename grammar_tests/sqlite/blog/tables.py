from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


t_tags = Table(
    'tags', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(50), nullable=False)
)

t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('username', String(50), nullable=False),
    Column('email', String(255), nullable=False),
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Index('ix_users_email', 'email', unique=True)
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('user_id', ForeignKey('users.id'), nullable=False),
    Column('title', String(200), nullable=False),
    Column('body', Text),
    Column('published', Boolean, nullable=False, server_default=text('0')),
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Index('ix_posts_user_id', 'user_id')
)

t_post_tags = Table(
    'post_tags', metadata,
    Column('post_id', ForeignKey('posts.id'), primary_key=True),
    Column('tag_id', ForeignKey('tags.id'), primary_key=True)
)
