from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, Table, Text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, Relationship, SQLModel

class Customer(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    city: Optional[str] = Field(default=None, sa_column=Column('city', Text))

    purchase: list['Purchase'] = Relationship(back_populates='customer')


t_event_log = Table(
    'event_log', SQLModel.metadata,
    Column('kind', Text),
    Column('payload', Text)
)


t_purchase_copy = Table(
    'purchase_copy', SQLModel.metadata,
    Column('id * 2', NullType),
    Column('amount', Numeric),
    Column('amount:1', Numeric)
)


class Purchase(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    customer_id: Optional[int] = Field(default=None, sa_column=Column('customer_id', ForeignKey('customer.id')))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', Numeric(10, 2)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    customer: Optional['Customer'] = Relationship(back_populates='purchase')
