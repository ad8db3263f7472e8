from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Identity, Index, Integer, Numeric, PrimaryKeyConstraint, String, text
from sqlmodel import Field, Relationship, SQLModel

class Clients(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customers_pkey'),
        Index('customers_email_uq', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, Identity(start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True))
    company_name: str = Field(sa_column=Column('company_name', String(100), nullable=False))
    email: Optional[str] = Field(default=None, sa_column=Column('email', String(255)))

    orders: list['Orders'] = Relationship(back_populates='client')


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['client_id'], ['clients.id'], name='orders_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, Identity(start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True))
    client_id: int = Field(sa_column=Column('client_id', Integer, nullable=False))
    amount: decimal.Decimal = Field(sa_column=Column('amount', Numeric(12, 2), nullable=False))
    ordered_at: datetime.datetime = Field(sa_column=Column('ordered_at', DateTime(True), nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    status: str = Field(sa_column=Column('status', String(12), nullable=False, server_default=text("'new'::character varying")))

    client: 'Clients' = Relationship(back_populates='orders')
