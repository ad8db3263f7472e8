from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Integer, Numeric, PrimaryKeyConstraint, String, text
from sqlmodel import Field, SQLModel

class Items(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='items_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(50)))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(10, 2)))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', Integer))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BigInteger))
    flag: Optional[bool] = Field(default=None, sa_column=Column('flag', Boolean))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(True), server_default=text('now()')))
