from sqlalchemy import BigInteger, Column, Integer, LargeBinary, MetaData, Numeric, REAL, String, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(100)),
    Column('amount', Numeric(10, 2)),
    Column('t', Text)
)

t_b = Table(
    'b', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('status', String(20)),
    Column('amount', REAL),
    Column('t', LargeBinary)
)

t_u1 = Table(
    'u1', metadata,
    Column('id', Integer),
    Column('name', String(100)),
    Column('amount', Numeric(10, 2)),
    Column('t', Text)
)

t_u2 = Table(
    'u2', metadata,
    Column('x', NullType),
    Column('name', String(100))
)

t_u3 = Table(
    'u3', metadata,
    Column('s', String(20))
)
