from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, DECIMAL, Date, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Products(Base):
    __tablename__ = 'products'
    __table_args__ = (
        CheckConstraint('`discount_price` is null or `discount_price` < `price`', name='discount_below_price'),
        CheckConstraint("`kind` in ('book','music','film')", name='kind_known'),
        CheckConstraint("`released` > '2000-01-01'", name='CONSTRAINT_2'),
        CheckConstraint('`stock` >= 0', name='CONSTRAINT_1')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(20), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    stock: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    discount_price: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    released: Mapped[Optional[datetime.date]] = mapped_column(Date)
