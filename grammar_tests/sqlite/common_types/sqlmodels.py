from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, Column, DECIMAL, Date, DateTime, Double, Float, Integer, JSON, LargeBinary, NVARCHAR, Numeric, REAL, SmallInteger, String, TIMESTAMP, Text, Time
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', BigInteger))
    c: Optional[int] = Field(default=None, sa_column=Column('c', SmallInteger))
    d: Optional[str] = Field(default=None, sa_column=Column('d', Text))
    e: Optional[str] = Field(default=None, sa_column=Column('e', String(30)))
    f: Optional[str] = Field(default=None, sa_column=Column('f', NVARCHAR(10)))
    g: Optional[str] = Field(default=None, sa_column=Column('g', CHAR(2)))
    h: Optional[str] = Field(default=None, sa_column=Column('h', Text))
    i: Optional[bytes] = Field(default=None, sa_column=Column('i', LargeBinary))
    j: Optional[float] = Field(default=None, sa_column=Column('j', REAL))
    k: Optional[float] = Field(default=None, sa_column=Column('k', Double))
    l: Optional[float] = Field(default=None, sa_column=Column('l', Float))
    m: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('m', Numeric(10, 2)))
    n: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n', DECIMAL))
    o: Optional[bool] = Field(default=None, sa_column=Column('o', Boolean))
    p: Optional[datetime.date] = Field(default=None, sa_column=Column('p', Date))
    q: Optional[datetime.datetime] = Field(default=None, sa_column=Column('q', DateTime))
    r: Optional[datetime.datetime] = Field(default=None, sa_column=Column('r', TIMESTAMP))
    s: Optional[datetime.time] = Field(default=None, sa_column=Column('s', Time))
    u: Optional[object] = Field(default=None, sa_column=Column('u', JSON))
    v: Optional[object] = Field(default=None, sa_column=Column('v', NullType))
