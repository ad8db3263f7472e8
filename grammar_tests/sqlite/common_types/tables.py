from sqlalchemy import BigInteger, Boolean, CHAR, Column, DECIMAL, Date, DateTime, Double, Float, Integer, JSON, LargeBinary, MetaData, NVARCHAR, Numeric, REAL, SmallInteger, String, TIMESTAMP, Table, Text, Time
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', BigInteger),
    Column('c', SmallInteger),
    Column('d', Text),
    Column('e', String(30)),
    Column('f', NVARCHAR(10)),
    Column('g', CHAR(2)),
    Column('h', Text),
    Column('i', LargeBinary),
    Column('j', REAL),
    Column('k', Double),
    Column('l', Float),
    Column('m', Numeric(10, 2)),
    Column('n', DECIMAL),
    Column('o', Boolean),
    Column('p', Date),
    Column('q', DateTime),
    Column('r', TIMESTAMP),
    Column('s', Time),
    Column('u', JSON),
    Column('v', NullType)
)
