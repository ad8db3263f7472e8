from sqlalchemy import Column, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', INTEGER(11))
)
