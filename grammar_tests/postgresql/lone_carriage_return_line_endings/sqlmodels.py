from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Customers(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customers_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    orders: list['Orders'] = Relationship(back_populates='customer')


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    customer_id: Optional[int] = Field(default=None, sa_column=Column('customer_id', Integer))

    customer: Optional['Customers'] = Relationship(back_populates='orders')
