import decimal

from sqlalchemy import Column, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Customers(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customers_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    invoices: list['Invoices'] = Relationship(back_populates='customer')


class Invoices(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='invoices_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='invoices_pkey'),
        {'schema': 'billing'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', Integer, nullable=False))
    total: decimal.Decimal = Field(sa_column=Column('total', Numeric(10, 2), nullable=False, server_default=text('0')))

    customer: 'Customers' = Relationship(back_populates='invoices')
