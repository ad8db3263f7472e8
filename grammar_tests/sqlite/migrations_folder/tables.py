from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('email_address', Text, nullable=False)
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('user_id', ForeignKey('users.id'), nullable=False),
    Column('title', Text, nullable=False),
    Column('published', Boolean, nullable=False, server_default=text('0')),
    Index('ix_posts_published', 'published')
)
