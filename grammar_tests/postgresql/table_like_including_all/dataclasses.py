from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CheckConstraint, Computed, DateTime, ForeignKeyConstraint, Identity, Index, Integer, Numeric, PrimaryKeyConstraint, Sequence, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ItemsCopy(Base):
    __tablename__ = 'items_copy'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='items_copy_pkey'),
        UniqueConstraint('sku', name='items_copy_sku_key'),
        Index('items_copy_created_price_idx', 'created', postgresql_include=['price']),
        Index('items_copy_lower_idx'),
        Index('items_copy_name_sku_idx', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(20), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    version: Mapped[int] = mapped_column(BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    name: Mapped[Optional[str]] = mapped_column(Text)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
    taxed: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)


class ItemsHistory(Base):
    __tablename__ = 'items_history'
    __table_args__ = (
        CheckConstraint('price >= 0::numeric', name='positive_price'),
        PrimaryKeyConstraint('id', name='items_history_pkey'),
        UniqueConstraint('sku', name='items_history_sku_key'),
        Index('items_history_created_price_idx', 'created', postgresql_include=['price']),
        Index('items_history_lower_idx'),
        Index('items_history_name_sku_idx', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True)
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('items_id_seq'), primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(20), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False, server_default=text('0'))
    version: Mapped[int] = mapped_column(BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    name: Mapped[Optional[str]] = mapped_column(Text, comment='display name')
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))
    taxed: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, Computed('(price * 1.2)', persisted=True))


class Owners(Base):
    __tablename__ = 'owners'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='owners_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    items: Mapped[list['Items']] = relationship('Items', back_populates='owner')


class Items(Base):
    __tablename__ = 'items'
    __table_args__ = (
        CheckConstraint('price >= 0::numeric', name='positive_price'),
        ForeignKeyConstraint(['owner_id'], ['owners.id'], name='items_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='items_pkey'),
        UniqueConstraint('sku', name='items_sku_unique'),
        Index('items_by_name'),
        Index('items_created_price_idx', 'created', postgresql_include=['price']),
        Index('items_named', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True),
        {'comment': 'live items'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(20), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False, server_default=text('0'))
    version: Mapped[int] = mapped_column(BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    name: Mapped[Optional[str]] = mapped_column(Text, comment='display name')
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))
    taxed: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, Computed('(price * 1.2)', persisted=True))

    owner: Mapped[Optional['Owners']] = relationship('Owners', back_populates='items')
