from sqlalchemy import BigInteger, Column, Date, DateTime, Double, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, String, Table, Text

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', String(10)),
    Column('small', SmallInteger),
    Column('big', BigInteger),
    Column('t', Text),
    Column('n', Numeric(8, 2)),
    Column('r', REAL),
    Column('d', Double(53)),
    Column('ts', DateTime),
    Column('tz', DateTime(True)),
    Column('dt', Date),
    PrimaryKeyConstraint('id', name='a_pkey')
)

t_d1 = Table(
    'd1', metadata,
    Column('a_id', Integer),
    Column('note', Text)
)

t_l1 = Table(
    'l1', metadata,
    Column('id', Integer),
    Column('note', Text)
)

t_nested = Table(
    'nested', metadata,
    Column('id', Integer),
    Column('code', String(20))
)

t_on_view = Table(
    'on_view', metadata,
    Column('id', Integer),
    Column('note', Text),
    Column('x', BigInteger)
)

t_u1 = Table(
    'u1', metadata,
    Column('id', Integer),
    Column('code', String),
    Column('small', Integer),
    Column('t', Text),
    Column('n', REAL),
    Column('ts', DateTime)
)

t_u2 = Table(
    'u2', metadata,
    Column('x', BigInteger),
    Column('y', Double(53))
)

t_u3 = Table(
    'u3', metadata,
    Column('code', String)
)

t_b = Table(
    'b', metadata,
    Column('id', Integer, primary_key=True),
    Column('a_id', Integer),
    Column('code', String(20)),
    Column('note', Text),
    ForeignKeyConstraint(['a_id'], ['a.id'], name='b_a_id_fkey'),
    PrimaryKeyConstraint('id', name='b_pkey')
)
