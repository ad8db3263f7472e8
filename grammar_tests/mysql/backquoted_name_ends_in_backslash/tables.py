from sqlalchemy import Column, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_dir_ = Table(
    'dir\\', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_next = Table(
    'next', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('x\\', INTEGER(11))
)
