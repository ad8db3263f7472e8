from typing import Optional
import datetime
import decimal

from sqlalchemy import Boolean, CheckConstraint, Column, Computed, DECIMAL, DateTime, ForeignKey, Index, Integer, PrimaryKeyConstraint, REAL, String, TIMESTAMP, Table, Text, text
from sqlmodel import Field, Relationship, SQLModel

class OrderItems(SQLModel, table=True):
    __tablename__ = 'Order Items'
    __table_args__ = (
        CheckConstraint('qty > 0'),
    )

    qty: int = Field(sa_column=Column('qty', Integer, nullable=False, server_default=text('1')))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(10, 2), nullable=False))
    item_id: Optional[int] = Field(default=None, sa_column=Column('item id', Integer, primary_key=True))
    total: Optional[float] = Field(default=None, sa_column=Column('total', REAL, Computed('qty * price', persisted=True)))
    half: Optional[float] = Field(default=None, sa_column=Column('half', REAL, Computed('', persisted=False)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text, index=True))
    sku: Optional[str] = Field(default=None, sa_column=Column('sku', Text, unique=True))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime, server_default=text('CURRENT_TIMESTAMP')))

    tags: list['Tags'] = Relationship(back_populates='item', sa_relationship_kwargs={'secondary': 'item_tags'})


class LowerCase(SQLModel, table=True):
    __tablename__ = 'lower_case'

    flag: bool = Field(sa_column=Column('flag', Boolean, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', TIMESTAMP, server_default=text("strftime('%s','now')")))


class Tags(SQLModel, table=True):
    __table_args__ = (
        Index('ux_color', 'color', sqlite_where=color IS NOT NULL, unique=True),
    )

    rank: int = Field(sa_column=Column('rank', Integer, nullable=False, server_default=text('0')))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text, primary_key=True))
    color: Optional[str] = Field(default=None, sa_column=Column('color', String(7), server_default=text("'#fff'")))

    item: list['OrderItems'] = Relationship(back_populates='tags', sa_relationship_kwargs={'secondary': 'item_tags'})


t_item_tags = Table(
    'item_tags', SQLModel.metadata,
    Column('item_id', ForeignKey('Order Items.item id', ondelete='CASCADE'), primary_key=True),
    Column('tag_name', ForeignKey('tags.name', ondelete='RESTRICT', onupdate='CASCADE', deferrable=True, initially='DEFERRED'), primary_key=True),
    PrimaryKeyConstraint('item_id', 'tag_name', name='pk_it')
)
