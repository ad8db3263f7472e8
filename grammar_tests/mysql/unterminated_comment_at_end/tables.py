from sqlalchemy import Column, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_b = Table(
    'b', metadata,
    Column('id', INTEGER(11), primary_key=True)
)
