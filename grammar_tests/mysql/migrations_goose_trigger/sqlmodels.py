from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, DECIMAL, DateTime, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SMALLINT
from sqlmodel import Field, Relationship, SQLModel

class CatalogItems(SQLModel, table=True):
    __tablename__ = 'catalog_items'
    __table_args__ = (
        Index('products_sku_uq', 'sku', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    sku: str = Field(sa_column=Column('sku', String(32), nullable=False))
    name: str = Field(sa_column=Column('name', String(250), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(10, 2), nullable=False, server_default=text('0.00')))
    on_hand: int = Field(sa_column=Column('on_hand', INTEGER(11), nullable=False, server_default=text('0')))

    stock_moves: list['StockMoves'] = Relationship(back_populates='item')


class Warehouses(SQLModel, table=True):
    __table_args__ = (
        Index('code', 'code', unique=True),
    )

    id: int = Field(sa_column=Column('id', SMALLINT(5, unsigned=True), primary_key=True, autoincrement=True))
    code: str = Field(sa_column=Column('code', String(8), nullable=False))

    stock_moves: list['StockMoves'] = Relationship(back_populates='warehouse')


class StockMoves(SQLModel, table=True):
    __tablename__ = 'stock_moves'
    __table_args__ = (
        ForeignKeyConstraint(['item_id'], ['catalog_items.id'], name='stock_moves_product_fk'),
        ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name='stock_moves_warehouse_fk'),
        Index('stock_moves_product_fk', 'item_id'),
        Index('stock_moves_warehouse_fk', 'warehouse_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    item_id: int = Field(sa_column=Column('item_id', INTEGER(10, unsigned=True), nullable=False))
    delta: int = Field(sa_column=Column('delta', INTEGER(11), nullable=False))
    moved_at: datetime.datetime = Field(sa_column=Column('moved_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    warehouse_id: Optional[int] = Field(default=None, sa_column=Column('warehouse_id', SMALLINT(5, unsigned=True)))

    item: 'CatalogItems' = Relationship(back_populates='stock_moves')
    warehouse: Optional['Warehouses'] = Relationship(back_populates='stock_moves')
