from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CHAR, Column, Date, DateTime, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Text
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(100)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', CHAR(3)))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', Numeric(10, 2)))
    n: Optional[int] = Field(default=None, sa_column=Column('n', SmallInteger))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', DateTime))
    d: Optional[datetime.date] = Field(default=None, sa_column=Column('d', Date))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))


class B(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='b_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True))
    status: Optional[str] = Field(default=None, sa_column=Column('status', String(20)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', CHAR(3)))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', Numeric(12, 2)))
    n: Optional[int] = Field(default=None, sa_column=Column('n', Integer))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', DateTime(True)))
    d: Optional[datetime.date] = Field(default=None, sa_column=Column('d', Date))
    t: Optional[str] = Field(default=None, sa_column=Column('t', String(5)))
