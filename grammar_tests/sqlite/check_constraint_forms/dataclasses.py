from typing import Optional
import decimal
import enum

from sqlalchemy import CheckConstraint, Enum, Integer, Numeric, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ProductsKind(str, enum.Enum):
    BOOK = 'book'
    MUSIC = 'music'
    FILM = 'film'


class Products(Base):
    __tablename__ = 'products'
    __table_args__ = (
        CheckConstraint('discount_price IS NULL OR discount_price < price', name='discount_below_price'),
        CheckConstraint("kind IN ('book', 'music', 'film')"),
        CheckConstraint('length(code) = 8'),
        CheckConstraint('price >= 0', name='price_non_negative'),
        CheckConstraint("sku GLOB '[A-Z][A-Z][A-Z]-*'"),
        CheckConstraint("sku NOT LIKE '%test%'"),
        CheckConstraint('stock >= 0')
    )

    sku: Mapped[str] = mapped_column(Text, nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(Numeric, nullable=False)
    kind: Mapped[ProductsKind] = mapped_column(Enum(ProductsKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    stock: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    discount_price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    code: Mapped[Optional[str]] = mapped_column(Text)
