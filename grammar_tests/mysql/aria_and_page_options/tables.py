from sqlalchemy import Column, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_aria_checked = Table(
    'aria_checked', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(20))
)

t_aria_plain = Table(
    'aria_plain', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(20))
)

t_aria_unchecked = Table(
    'aria_unchecked', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('parent', INTEGER(11)),
    Index('parent', 'parent')
)

t_compressed = Table(
    'compressed', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('body', Text)
)

t_compressed_quoted = Table(
    'compressed_quoted', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('body', Text)
)

t_quoted_csv = Table(
    'quoted_csv', metadata,
    Column('id', INTEGER(11), nullable=False),
    Column('note', String(10), nullable=False)
)
