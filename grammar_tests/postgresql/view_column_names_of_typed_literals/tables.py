from sqlalchemy import BigInteger, Column, Date, DateTime, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import INTERVAL

metadata = MetaData()


t_customer = Table(
    'customer', metadata,
    Column('id', Integer, primary_key=True),
    Column('city', Text),
    PrimaryKeyConstraint('id', name='customer_pkey')
)

t_v = Table(
    'v', metadata,
    Column('city', Text),
    Column('n', BigInteger),
    Column('date', Date),
    Column('interval', INTERVAL),
    Column('c', Text(collation='C')),
    Column('?column?', Integer),
    Column('timestamp', DateTime),
    Column('int4', Integer)
)
