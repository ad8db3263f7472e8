from typing import Optional
import decimal

from sqlalchemy import CHAR, Column, Integer, Numeric, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, SQLModel

class Accounts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', String(40), nullable=False))
    balance: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('balance', Numeric(9, 2)))


class Shipping(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='shipping_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    street: Optional[str] = Field(default=None, sa_column=Column('street', Text))
    city: Optional[str] = Field(default=None, sa_column=Column('city', String(30, 'C')))
    zip: Optional[str] = Field(default=None, sa_column=Column('zip', CHAR(5)))
