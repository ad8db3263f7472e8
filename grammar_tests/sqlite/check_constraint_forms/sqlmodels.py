from typing import Optional
import decimal
import enum

from sqlalchemy import CheckConstraint, Column, Enum, Integer, Numeric, Text, text
from sqlmodel import Field, SQLModel

class ProductsKind(str, enum.Enum):
    BOOK = 'book'
    MUSIC = 'music'
    FILM = 'film'


class Products(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('discount_price IS NULL OR discount_price < price', name='discount_below_price'),
        CheckConstraint("kind IN ('book', 'music', 'film')"),
        CheckConstraint('length(code) = 8'),
        CheckConstraint('price >= 0', name='price_non_negative'),
        CheckConstraint("sku GLOB '[A-Z][A-Z][A-Z]-*'"),
        CheckConstraint("sku NOT LIKE '%test%'"),
        CheckConstraint('stock >= 0')
    )

    sku: str = Field(sa_column=Column('sku', Text, nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric, nullable=False))
    kind: ProductsKind = Field(sa_column=Column('kind', Enum(ProductsKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False))
    stock: int = Field(sa_column=Column('stock', Integer, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    discount_price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('discount_price', Numeric))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text))
