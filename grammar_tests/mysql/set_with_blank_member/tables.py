from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.dialects.mysql import INTEGER, SET

metadata = MetaData()


t_flags = Table(
    'flags', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', SET('', 'x', 'y'), server_default=text("''")),
    Column('b', SET('x', 'y'), nullable=False)
)
