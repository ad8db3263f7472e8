from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Column, Date, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlmodel import Field, SQLModel

class Products(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('discount_price IS NULL OR discount_price < price', name='discount_below_price'),
        CheckConstraint("kind::text = ANY (ARRAY['book'::character varying, 'music'::character varying, 'film'::character varying]::text[])", name='products_kind_check'),
        CheckConstraint('price >= 0::numeric', name='price_non_negative'),
        CheckConstraint("released > '2000-01-01'::date", name='products_released_check'),
        CheckConstraint("sku ~ '^[A-Z]{3}-[0-9]+$'::text", name='products_sku_check'),
        CheckConstraint('stock >= 0', name='products_stock_check'),
        PrimaryKeyConstraint('id', name='products_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    sku: str = Field(sa_column=Column('sku', Text, nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric(10, 2), nullable=False))
    kind: str = Field(sa_column=Column('kind', String(10), nullable=False))
    stock: int = Field(sa_column=Column('stock', Integer, nullable=False, server_default=text('0')))
    discount_price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('discount_price', Numeric(10, 2)))
    released: Optional[datetime.date] = Field(default=None, sa_column=Column('released', Date))
