from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, Column, DECIMAL, Date, DateTime, Double, Enum, Float, String, TIMESTAMP, Text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT, SMALLINT, TINYTEXT
from sqlmodel import Field, SQLModel

class A2E(str, enum.Enum):
    A = 'a'
    B = 'b'


class A(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(100)))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', DECIMAL(10, 2)))
    n: Optional[int] = Field(default=None, sa_column=Column('n', SMALLINT(6)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))
    d: Optional[datetime.date] = Field(default=None, sa_column=Column('d', Date))


class A2(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    v20: str = Field(sa_column=Column('v20', String(20), nullable=False))
    v10: Optional[str] = Field(default=None, sa_column=Column('v10', String(10)))
    c5: Optional[str] = Field(default=None, sa_column=Column('c5', CHAR(5)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))
    tt: Optional[str] = Field(default=None, sa_column=Column('tt', TINYTEXT))
    mt: Optional[str] = Field(default=None, sa_column=Column('mt', MEDIUMTEXT))
    i: Optional[int] = Field(default=None, sa_column=Column('i', INTEGER(11)))
    si: Optional[int] = Field(default=None, sa_column=Column('si', SMALLINT(6)))
    bi: Optional[int] = Field(default=None, sa_column=Column('bi', BIGINT(20)))
    ui: Optional[int] = Field(default=None, sa_column=Column('ui', INTEGER(10, unsigned=True)))
    d: Optional[datetime.date] = Field(default=None, sa_column=Column('d', Date))
    dt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('dt', DateTime))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', TIMESTAMP))
    dec1: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('dec1', DECIMAL(10, 2)))
    dec2: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('dec2', DECIMAL(6, 4)))
    f: Optional[float] = Field(default=None, sa_column=Column('f', Float))
    db: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('db', Double(asdecimal=True)))
    e: Optional[A2E] = Field(default=None, sa_column=Column('e', Enum(A2E, values_callable=lambda cls: [member.value for member in cls])))


class B(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True))
    status: Optional[str] = Field(default=None, sa_column=Column('status', String(20)))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', DECIMAL(12, 4)))
    n: Optional[int] = Field(default=None, sa_column=Column('n', INTEGER(11)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', String(5)))
    d: Optional[datetime.datetime] = Field(default=None, sa_column=Column('d', DateTime))
