import decimal

from sqlalchemy import Boolean, Column, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, SQLModel

class Products(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='products_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric(10, 2), nullable=False))
    active: bool = Field(sa_column=Column('active', Boolean, nullable=False, server_default=text('true')))
