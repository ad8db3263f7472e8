from sqlalchemy import BigInteger, Column, DateTime, Float, Integer, LargeBinary, MetaData, Numeric, REAL, String, Table, Text, text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(10), nullable=False, server_default=text("'x'")),
    Column('amount', Numeric(10, 2)),
    Column('r', Float),
    Column('b', LargeBinary),
    Column('d', DateTime),
    Column('x', NullType),
    Column('p', Integer),
    Column('k', BigInteger)
)

t_c1 = Table(
    'c1', metadata,
    Column('id', Integer),
    Column('name', Text)
)

t_c2 = Table(
    'c2', metadata,
    Column('key', Integer),
    Column('Na me', Text),
    Column('amount', Numeric),
    Column('r', REAL),
    Column('b', NullType),
    Column('d', Numeric),
    Column('x', NullType),
    Column('p', Integer),
    Column('k', Integer),
    Column('one', NullType)
)

t_long_table_name_for_layout = Table(
    'long_table_name_for_layout', metadata,
    Column('identifier_one', Integer),
    Column('identifier_two', Text)
)

t_select = Table(
    'select', metadata,
    Column('group', Text),
    Column('n', NullType)
)
