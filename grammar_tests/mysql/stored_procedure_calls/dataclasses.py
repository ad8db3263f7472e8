from typing import Optional
import datetime
import decimal

from sqlalchemy import DECIMAL, DateTime, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = 'customer'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    email: Mapped[Optional[str]] = mapped_column(String(100))
    four_columns: Mapped[Optional[int]] = mapped_column(TINYINT(1))

    purchase: Mapped[list['Purchase']] = relationship('Purchase', back_populates='customer')


class Tag(Base):
    __tablename__ = 'tag'
    __table_args__ = (
        Index('tag_label', 'label'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    label: Mapped[str] = mapped_column(String(30), nullable=False)


class Purchase(Base):
    __tablename__ = 'purchase'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customer.id'], name='fk_purchase_customer'),
        Index('fk_purchase_customer', 'customer_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    customer_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False, server_default=text('0.00'))

    customer: Mapped['Customer'] = relationship('Customer', back_populates='purchase')
