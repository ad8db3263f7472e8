from typing import Optional
import decimal

from sqlalchemy import BigInteger, Column, Integer, LargeBinary, Numeric, REAL, String, Text
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(100)))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', Numeric(10, 2)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))


class B(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', BigInteger, primary_key=True))
    status: Optional[str] = Field(default=None, sa_column=Column('status', String(20)))
    amount: Optional[float] = Field(default=None, sa_column=Column('amount', REAL))
    t: Optional[bytes] = Field(default=None, sa_column=Column('t', LargeBinary))
