from typing import Optional
import datetime
import decimal

from sqlalchemy import DECIMAL, DateTime, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SMALLINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class CatalogItems(Base):
    __tablename__ = 'catalog_items'
    __table_args__ = (
        Index('products_sku_uq', 'sku', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(250), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False, server_default=text('0.00'))
    on_hand: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))

    stock_moves: Mapped[list['StockMoves']] = relationship('StockMoves', back_populates='item')


class Warehouses(Base):
    __tablename__ = 'warehouses'
    __table_args__ = (
        Index('code', 'code', unique=True),
    )

    id: Mapped[int] = mapped_column(SMALLINT(5, unsigned=True), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(8), nullable=False)

    stock_moves: Mapped[list['StockMoves']] = relationship('StockMoves', back_populates='warehouse')


class StockMoves(Base):
    __tablename__ = 'stock_moves'
    __table_args__ = (
        ForeignKeyConstraint(['item_id'], ['catalog_items.id'], name='stock_moves_product_fk'),
        ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name='stock_moves_warehouse_fk'),
        Index('stock_moves_product_fk', 'item_id'),
        Index('stock_moves_warehouse_fk', 'warehouse_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    delta: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    moved_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    warehouse_id: Mapped[Optional[int]] = mapped_column(SMALLINT(5, unsigned=True))

    item: Mapped['CatalogItems'] = relationship('CatalogItems', back_populates='stock_moves')
    warehouse: Mapped[Optional['Warehouses']] = relationship('Warehouses', back_populates='stock_moves')
