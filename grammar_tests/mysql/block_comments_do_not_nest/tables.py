from sqlalchemy import Column, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_first_table = Table(
    'first_table', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_second_table = Table(
    'second_table', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('label', String(20))
)
