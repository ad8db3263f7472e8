from sqlalchemy import BigInteger, Boolean, CHAR, Column, DECIMAL, Date, DateTime, Double, Float, Integer, JSON, LargeBinary, MetaData, NCHAR, Numeric, REAL, SmallInteger, TIMESTAMP, Table, Text, Time
from sqlalchemy.dialects.sqlite import JSONB

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('a1', Double(8, 3)),
    Column('a2', Double(8)),
    Column('a3', Double(8)),
    Column('a4', Double(0, 1)),
    Column('a5', Double(3, 2)),
    Column('b1', Float(8, 2)),
    Column('b2', Float(0, 1)),
    Column('b3', REAL(5)),
    Column('b4', REAL(3, 4)),
    Column('c1', DateTime(6)),
    Column('c2', DateTime),
    Column('c3', Time(3)),
    Column('c4', TIMESTAMP(6)),
    Column('c5', Date),
    Column('c6', DateTime),
    Column('d1', DECIMAL(10, 2)),
    Column('d4', Numeric(0, 2)),
    Column('d5', Numeric(10, 0)),
    Column('d6', Numeric(1, 2)),
    Column('d7', Numeric(0, 0)),
    Column('e2', CHAR(0)),
    Column('e5', NCHAR(2)),
    Column('e6', Text(3)),
    Column('e8', Text(0)),
    Column('f1', Boolean),
    Column('f2', Boolean(name=3)),
    Column('f3', Boolean),
    Column('f4', JSON(1)),
    Column('f5', JSONB),
    Column('f6', JSONB),
    Column('f7', Boolean),
    Column('g1', LargeBinary(10)),
    Column('g2', LargeBinary(0)),
    Column('g3', LargeBinary),
    Column('g4', BigInteger),
    Column('g5', SmallInteger),
    Column('g6', Integer)
)
