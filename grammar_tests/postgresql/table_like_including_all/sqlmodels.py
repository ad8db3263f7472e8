from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, ForeignKeyConstraint, Identity, Index, Integer, Numeric, PrimaryKeyConstraint, Sequence, String, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class ItemsCopy(SQLModel, table=True):
    __tablename__ = 'items_copy'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='items_copy_pkey'),
        UniqueConstraint('sku', name='items_copy_sku_key'),
        Index('items_copy_created_price_idx', 'created', postgresql_include=['price']),
        Index('items_copy_lower_idx'),
        Index('items_copy_name_sku_idx', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    sku: str = Field(sa_column=Column('sku', String(20), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric(10, 2), nullable=False))
    version: int = Field(sa_column=Column('version', BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(True)))
    taxed: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('taxed', Numeric))


class ItemsHistory(SQLModel, table=True):
    __tablename__ = 'items_history'
    __table_args__ = (
        CheckConstraint('price >= 0::numeric', name='positive_price'),
        PrimaryKeyConstraint('id', name='items_history_pkey'),
        UniqueConstraint('sku', name='items_history_sku_key'),
        Index('items_history_created_price_idx', 'created', postgresql_include=['price']),
        Index('items_history_lower_idx'),
        Index('items_history_name_sku_idx', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('items_id_seq'), primary_key=True, autoincrement=True))
    sku: str = Field(sa_column=Column('sku', String(20), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric(10, 2), nullable=False, server_default=text('0')))
    version: int = Field(sa_column=Column('version', BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text, comment='display name'))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(True), server_default=text('now()')))
    taxed: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('taxed', Numeric, Computed('(price * 1.2)', persisted=True)))


class Owners(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='owners_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))

    items: list['Items'] = Relationship(back_populates='owner')


class Items(SQLModel, table=True):
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

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    sku: str = Field(sa_column=Column('sku', String(20), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric(10, 2), nullable=False, server_default=text('0')))
    version: int = Field(sa_column=Column('version', BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text, comment='display name'))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(True), server_default=text('now()')))
    taxed: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('taxed', Numeric, Computed('(price * 1.2)', persisted=True)))

    owner: Optional['Owners'] = Relationship(back_populates='items')
