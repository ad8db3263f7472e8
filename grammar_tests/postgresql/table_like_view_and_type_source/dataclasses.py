from typing import Optional
import decimal

from sqlalchemy import CHAR, Integer, Numeric, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
    balance: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(9, 2))


class Shipping(Base):
    __tablename__ = 'shipping'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='shipping_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    street: Mapped[Optional[str]] = mapped_column(Text)
    city: Mapped[Optional[str]] = mapped_column(String(30, 'C'))
    zip: Mapped[Optional[str]] = mapped_column(CHAR(5))
