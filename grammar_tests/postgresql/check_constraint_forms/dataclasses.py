from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Date, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Products(Base):
    __tablename__ = 'products'
    __table_args__ = (
        CheckConstraint('discount_price IS NULL OR discount_price < price', name='discount_below_price'),
        CheckConstraint("kind::text = ANY (ARRAY['book'::character varying, 'music'::character varying, 'film'::character varying]::text[])", name='products_kind_check'),
        CheckConstraint('price >= 0::numeric', name='price_non_negative'),
        CheckConstraint("released > '2000-01-01'::date", name='products_released_check'),
        CheckConstraint("sku ~ '^[A-Z]{3}-[0-9]+$'::text", name='products_sku_check'),
        CheckConstraint('stock >= 0', name='products_stock_check'),
        PrimaryKeyConstraint('id', name='products_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(Text, nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    stock: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    discount_price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    released: Mapped[Optional[datetime.date]] = mapped_column(Date)
