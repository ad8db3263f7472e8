from sqlalchemy import Column, Enum, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER, SET

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', Enum('x,y', 'p)q', "it's", 'back\\\\slash', '(', '')),
    Column('s', SET('a b', 'c)'))
)

t_t2 = Table(
    't2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', Enum('back\\\\slash', 'c')),
    Column('s', SET('x\\\\y', 'z'))
)

t_t3 = Table(
    't3', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', Enum("y'n", 'x\\\\\\\\k', 'z'))
)
