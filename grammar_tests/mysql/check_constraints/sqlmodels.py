from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Column, DECIMAL, Date, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Products(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`discount_price` is null or `discount_price` < `price`', name='discount_below_price'),
        CheckConstraint("`kind` in ('book','music','film')", name='kind_known'),
        CheckConstraint("`released` > '2000-01-01'", name='CONSTRAINT_2'),
        CheckConstraint('`stock` >= 0', name='CONSTRAINT_1')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    sku: str = Field(sa_column=Column('sku', String(20), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(10, 2), nullable=False))
    kind: str = Field(sa_column=Column('kind', String(10), nullable=False))
    stock: int = Field(sa_column=Column('stock', INTEGER(11), nullable=False, server_default=text('0')))
    discount_price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('discount_price', DECIMAL(10, 2)))
    released: Optional[datetime.date] = Field(default=None, sa_column=Column('released', Date))
