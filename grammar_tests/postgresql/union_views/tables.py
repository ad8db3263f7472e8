from sqlalchemy import BigInteger, CHAR, Column, Date, DateTime, Integer, MetaData, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(100)),
    Column('code', CHAR(3)),
    Column('amount', Numeric(10, 2)),
    Column('n', SmallInteger),
    Column('ts', DateTime),
    Column('d', Date),
    Column('t', Text),
    PrimaryKeyConstraint('id', name='a_pkey')
)

t_b = Table(
    'b', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('status', String(20)),
    Column('code', CHAR(3)),
    Column('amount', Numeric(12, 2)),
    Column('n', Integer),
    Column('ts', DateTime(True)),
    Column('d', Date),
    Column('t', String(5)),
    PrimaryKeyConstraint('id', name='b_pkey')
)

t_u1 = Table(
    'u1', metadata,
    Column('id', BigInteger),
    Column('name', String),
    Column('code', CHAR(3)),
    Column('amount', Numeric),
    Column('n', Integer),
    Column('ts', DateTime(True)),
    Column('d', Date),
    Column('t', Text)
)

t_u2 = Table(
    'u2', metadata,
    Column('id', Integer),
    Column('amount', Numeric)
)

t_u3 = Table(
    'u3', metadata,
    Column('label', String)
)

t_u4 = Table(
    'u4', metadata,
    Column('id', Integer),
    Column('d', DateTime)
)

t_u5 = Table(
    'u5', metadata,
    Column('n', BigInteger),
    Column('amount', Numeric)
)
