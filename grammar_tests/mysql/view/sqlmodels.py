import decimal

from sqlalchemy import Column, DECIMAL, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Products(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(10, 2), nullable=False))
    active: int = Field(sa_column=Column('active', TINYINT(1), nullable=False, server_default=text('1')))
