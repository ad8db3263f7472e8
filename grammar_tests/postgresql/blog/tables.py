from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKeyConstraint, Identity, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_tags = Table(
    'tags', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(50), nullable=False),
    PrimaryKeyConstraint('id', name='tags_pkey'),
    UniqueConstraint('name', name='tags_name_key')
)

t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('username', String(50), nullable=False),
    Column('email', String(255), nullable=False),
    Column('created_at', DateTime(True), nullable=False, server_default=text('now()')),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('username', name='users_username_key'),
    Index('ix_users_email', 'email', unique=True),
    comment='registered users'
)

t_posts = Table(
    'posts', metadata,
    Column('id', BigInteger, Identity(start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('user_id', Integer, nullable=False),
    Column('title', String(200), nullable=False),
    Column('body', Text, comment='markdown source'),
    Column('published', Boolean, nullable=False, server_default=text('false')),
    Column('created_at', DateTime(True), nullable=False, server_default=text('now()')),
    ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='posts_user_id_fkey'),
    PrimaryKeyConstraint('id', name='posts_pkey'),
    Index('ix_posts_user_id', 'user_id')
)

t_post_tags = Table(
    'post_tags', metadata,
    Column('post_id', BigInteger, primary_key=True),
    Column('tag_id', Integer, primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='post_tags_post_id_fkey'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='post_tags_tag_id_fkey'),
    PrimaryKeyConstraint('post_id', 'tag_id', name='post_tags_pkey')
)
