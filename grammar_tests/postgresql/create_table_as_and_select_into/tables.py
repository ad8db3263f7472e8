from sqlalchemy import BigInteger, Column, DateTime, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('code', String(10), nullable=False, server_default=text("'x'::character varying")),
    Column('n', Numeric(8, 2)),
    Column('created', DateTime, server_default=text('now()')),
    PrimaryKeyConstraint('id', name='a_pkey')
)

t_a_copy = Table(
    'a_copy', metadata,
    Column('x', Integer),
    Column('y', String(10))
)

t_a_fast = Table(
    'a_fast', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', String(10)),
    Column('n', Numeric(8, 2)),
    Column('n0', Numeric),
    Column('rank', BigInteger),
    Column('nothing', Text),
    PrimaryKeyConstraint('id', name='a_fast_pkey')
)

t_a_into = Table(
    'a_into', metadata,
    Column('id', Integer),
    Column('code', String(10)),
    Column('n', Numeric(8, 2)),
    Column('created', DateTime)
)

t_a_u = Table(
    'a_u', metadata,
    Column('code', String(10)),
    Column('c', BigInteger)
)

t_a_view = Table(
    'a_view', metadata,
    Column('id', Integer),
    Column('code', String(10)),
    Column('n', Numeric(8, 2)),
    Column('n0', Numeric),
    Column('rank', BigInteger),
    Column('nothing', Text)
)
