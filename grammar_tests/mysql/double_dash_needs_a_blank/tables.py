from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', INTEGER(11), server_default=text('(2 - -1)'))
)

t_u = Table(
    'u', metadata,
    Column('id', INTEGER(11), primary_key=True)
)
