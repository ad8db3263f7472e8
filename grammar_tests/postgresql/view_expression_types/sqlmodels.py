from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, Relationship, SQLModel

class Customers(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customers_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    email: Optional[str] = Field(default=None, sa_column=Column('email', Text))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(True), server_default=text('now()')))
    balance: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('balance', Numeric(10, 2), server_default=text('0')))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
    active: Optional[bool] = Field(default=None, sa_column=Column('active', Boolean, server_default=text('true')))

    orders: list['Orders'] = Relationship(back_populates='customer')


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', Integer, nullable=False))
    total: decimal.Decimal = Field(sa_column=Column('total', Numeric(12, 2), nullable=False))
    placed_at: datetime.datetime = Field(sa_column=Column('placed_at', DateTime, nullable=False))
    status: str = Field(sa_column=Column('status', String(20), nullable=False, server_default=text("'new'::character varying")))
    meta: Optional[object] = Field(default=None, sa_column=Column('meta', JSONB))

    customer: 'Customers' = Relationship(back_populates='orders')
