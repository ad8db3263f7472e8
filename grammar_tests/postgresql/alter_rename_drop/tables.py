from sqlalchemy import CheckConstraint, Column, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_articles = Table(
    'articles', metadata,
    Column('id', Integer, Sequence('posts_id_seq'), primary_key=True, autoincrement=True),
    Column('author_id', Integer),
    Column('headline', Text, nullable=False),
    Column('body', Text, server_default=text("'x'::text")),
    PrimaryKeyConstraint('id', name='posts_pkey'),
    Index('posts_title_lower')
)

t_tmp = Table(
    'tmp', metadata,
    Column('id', Integer, primary_key=True),
    Column('users_id', Integer),
    PrimaryKeyConstraint('id', name='tmp_pkey')
)

t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('email', Text, nullable=False),
    Column('nickname', Text),
    Column('years', Integer),
    CheckConstraint('years > 0', name='users_age_check'),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('email', name='users_email_unique')
)
