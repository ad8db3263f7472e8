from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text

metadata = MetaData()


t_items = Table(
    'items', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(50)),
    Column('price', Numeric(10, 2)),
    Column('qty', Integer),
    Column('big', BigInteger),
    Column('flag', Boolean),
    Column('created', DateTime(True), server_default=text('now()')),
    PrimaryKeyConstraint('id', name='items_pkey')
)

t_v_agg = Table(
    'v_agg', metadata,
    Column('name', String(50)),
    Column('count', BigInteger),
    Column('s', BigInteger),
    Column('a', Numeric),
    Column('m', DateTime(True)),
    Column('min', BigInteger)
)

t_v_items = Table(
    'v_items', metadata,
    Column('id', Integer),
    Column('name', String(50)),
    Column('total', Numeric),
    Column('cnt', BigInteger),
    Column('upper', Text),
    Column('lit', Text),
    Column('one', Integer),
    Column('qty1', Integer),
    Column('f2', Boolean),
    Column('sq', BigInteger),
    Column('nm', String),
    Column('ts', DateTime(True)),
    Column('d', Date),
    Column('nt', Text),
    Column('c', Text),
    Column('bq', BigInteger),
    Column('fl', Numeric),
    Column('qn', Numeric(5, 1))
)
