from sqlalchemy import CHAR, Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_documents = Table(
    'documents', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', CHAR(4), nullable=False),
    Column('flag', CHAR(1)),
    Column('title', String(200), nullable=False),
    Column('slug', String(80, 'C'), nullable=False),
    Column('sort_key', Text(collation='POSIX')),
    Column('body', Text),
    Column('summary', String),
    Column('lang', CHAR(2), server_default=text("'en'::bpchar")),
    Column('author', String),
    PrimaryKeyConstraint('id', name='documents_pkey'),
    UniqueConstraint('slug', name='documents_slug_key')
)
