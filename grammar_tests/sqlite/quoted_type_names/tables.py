from sqlalchemy import Column, Integer, LargeBinary, MetaData, Numeric, String, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_things = Table(
    'things', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Numeric),
    Column('b', Numeric),
    Column('c', Numeric),
    Column('d', Numeric),
    Column('e', Numeric),
    Column('f', String),
    Column('g', Numeric),
    Column('h', Numeric),
    Column('i', Text),
    Column('j', LargeBinary),
    Column('k', Numeric(1)),
    Column('l', Numeric(1)),
    Column('n', Integer),
    Column('o', Numeric),
    Column('p', Numeric),
    Column('s', NullType),
    Column('u', Numeric),
    Column('v', Numeric),
    Column('w', Numeric),
    Column('x2', String)
)
