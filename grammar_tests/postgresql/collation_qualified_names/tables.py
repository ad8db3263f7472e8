from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, VARCHAR
from sqlalchemy.dialects.postgresql import DOMAIN

metadata = MetaData()


t_page = Table(
    'page', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', String(80, 'C'), nullable=False),
    Column('sort_key', Text(collation='POSIX')),
    Column('path', DOMAIN('slug', VARCHAR(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    PrimaryKeyConstraint('id', name='page_pkey')
)
