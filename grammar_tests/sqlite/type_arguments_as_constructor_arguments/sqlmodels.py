from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, Column, DECIMAL, Date, DateTime, Double, Float, Integer, JSON, LargeBinary, NCHAR, Numeric, REAL, SmallInteger, TIMESTAMP, Text, Time
from sqlalchemy.dialects.sqlite import JSONB
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a1: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a1', Double(8, 3)))
    a2: Optional[float] = Field(default=None, sa_column=Column('a2', Double(8)))
    a3: Optional[float] = Field(default=None, sa_column=Column('a3', Double(8)))
    a4: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a4', Double(0, 1)))
    a5: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a5', Double(3, 2)))
    b1: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b1', Float(8, 2)))
    b2: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b2', Float(0, 1)))
    b3: Optional[float] = Field(default=None, sa_column=Column('b3', REAL(5)))
    b4: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b4', REAL(3, 4)))
    c1: Optional[datetime.datetime] = Field(default=None, sa_column=Column('c1', DateTime(6)))
    c2: Optional[datetime.datetime] = Field(default=None, sa_column=Column('c2', DateTime))
    c3: Optional[datetime.time] = Field(default=None, sa_column=Column('c3', Time(3)))
    c4: Optional[datetime.datetime] = Field(default=None, sa_column=Column('c4', TIMESTAMP(6)))
    c5: Optional[datetime.date] = Field(default=None, sa_column=Column('c5', Date))
    c6: Optional[datetime.datetime] = Field(default=None, sa_column=Column('c6', DateTime))
    d1: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d1', DECIMAL(10, 2)))
    d4: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d4', Numeric(0, 2)))
    d5: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d5', Numeric(10, 0)))
    d6: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d6', Numeric(1, 2)))
    d7: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d7', Numeric(0, 0)))
    e2: Optional[str] = Field(default=None, sa_column=Column('e2', CHAR(0)))
    e5: Optional[str] = Field(default=None, sa_column=Column('e5', NCHAR(2)))
    e6: Optional[str] = Field(default=None, sa_column=Column('e6', Text(3)))
    e8: Optional[str] = Field(default=None, sa_column=Column('e8', Text(0)))
    f1: Optional[bool] = Field(default=None, sa_column=Column('f1', Boolean))
    f2: Optional[bool] = Field(default=None, sa_column=Column('f2', Boolean(name=3)))
    f3: Optional[bool] = Field(default=None, sa_column=Column('f3', Boolean))
    f4: Optional[object] = Field(default=None, sa_column=Column('f4', JSON(1)))
    f5: Optional[object] = Field(default=None, sa_column=Column('f5', JSONB))
    f6: Optional[object] = Field(default=None, sa_column=Column('f6', JSONB))
    f7: Optional[bool] = Field(default=None, sa_column=Column('f7', Boolean))
    g1: Optional[bytes] = Field(default=None, sa_column=Column('g1', LargeBinary(10)))
    g2: Optional[bytes] = Field(default=None, sa_column=Column('g2', LargeBinary(0)))
    g3: Optional[bytes] = Field(default=None, sa_column=Column('g3', LargeBinary))
    g4: Optional[int] = Field(default=None, sa_column=Column('g4', BigInteger))
    g5: Optional[int] = Field(default=None, sa_column=Column('g5', SmallInteger))
    g6: Optional[int] = Field(default=None, sa_column=Column('g6', Integer))
