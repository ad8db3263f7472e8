from sqlalchemy import Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('username', String(64), nullable=False),
    Column('created_at', DateTime, nullable=False, server_default=text('now()')),
    Column('updated_at', DateTime, nullable=False, server_default=text('now()')),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('username', name='users_username_key')
)

t_articles = Table(
    'articles', metadata,
    Column('id', Integer, Sequence('posts_id_seq'), primary_key=True, autoincrement=True),
    Column('author_id', Integer, nullable=False),
    Column('title', String(200), nullable=False),
    Column('content', Text, nullable=False),
    Column('published', Boolean, nullable=False, server_default=text('false')),
    Column('published_at', DateTime(True)),
    ForeignKeyConstraint(['author_id'], ['users.id'], name='posts_author_id_fkey'),
    PrimaryKeyConstraint('id', name='posts_pkey'),
    Index('articles_author_id_idx', 'author_id', postgresql_where='published')
)
