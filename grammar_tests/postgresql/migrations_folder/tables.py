from sqlalchemy import Boolean, Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('email_address', Text, nullable=False),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('email_address', name='users_email_address_key')
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('user_id', Integer, nullable=False),
    Column('title', Text, nullable=False),
    Column('published', Boolean, nullable=False, server_default=text('false')),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='posts_user_id_fkey'),
    PrimaryKeyConstraint('id', name='posts_pkey'),
    Index('posts_published_idx', 'published')
)
