from typing import Optional
import datetime
import decimal

from sqlalchemy import Boolean, CheckConstraint, Column, Computed, DECIMAL, DateTime, ForeignKey, Index, Integer, PrimaryKeyConstraint, REAL, String, TIMESTAMP, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class OrderItems(Base):
    __tablename__ = 'Order Items'
    __table_args__ = (
        CheckConstraint('qty > 0'),
    )

    qty: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('1'))
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    item_id: Mapped[Optional[int]] = mapped_column('item id', Integer, primary_key=True)
    total: Mapped[Optional[float]] = mapped_column(REAL, Computed('qty * price', persisted=True))
    half: Mapped[Optional[float]] = mapped_column(REAL, Computed('', persisted=False))
    note: Mapped[Optional[str]] = mapped_column(Text, index=True)
    sku: Mapped[Optional[str]] = mapped_column(Text, unique=True)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('CURRENT_TIMESTAMP'))

    tags: Mapped[list['Tags']] = relationship('Tags', secondary='item_tags', back_populates='item')


t_expensive = Table(
    'expensive', Base.metadata,
    Column('item id', Integer),
    Column('price', DECIMAL(10, 2))
)


class LowerCase(Base):
    __tablename__ = 'lower_case'

    flag: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text("strftime('%s','now')"))


class Tags(Base):
    __tablename__ = 'tags'
    __table_args__ = (
        Index('ux_color', 'color', sqlite_where=color IS NOT NULL, unique=True),
    )

    rank: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    name: Mapped[Optional[str]] = mapped_column(Text, primary_key=True)
    color: Mapped[Optional[str]] = mapped_column(String(7), server_default=text("'#fff'"))

    item: Mapped[list['OrderItems']] = relationship('OrderItems', secondary='item_tags', back_populates='tags')


t_item_tags = Table(
    'item_tags', Base.metadata,
    Column('item_id', ForeignKey('Order Items.item id', ondelete='CASCADE'), primary_key=True),
    Column('tag_name', ForeignKey('tags.name', ondelete='RESTRICT', onupdate='CASCADE', deferrable=True, initially='DEFERRED'), primary_key=True),
    PrimaryKeyConstraint('item_id', 'tag_name', name='pk_it')
)
