from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_after_it = Table(
    'after_it', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_deep_check = Table(
    'deep_check', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', INTEGER(11)),
    Column('b', INTEGER(11), server_default=text('(1 + 2)'))
)
