from sqlalchemy import Column, DECIMAL, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SMALLINT

metadata = MetaData()


t_catalog_items = Table(
    'catalog_items', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('sku', String(32), nullable=False),
    Column('name', String(250), nullable=False),
    Column('price', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    Column('on_hand', INTEGER(11), nullable=False, server_default=text('0')),
    Index('products_sku_uq', 'sku', unique=True)
)

t_warehouses = Table(
    'warehouses', metadata,
    Column('id', SMALLINT(5, unsigned=True), primary_key=True, autoincrement=True),
    Column('code', String(8), nullable=False),
    Index('code', 'code', unique=True)
)

t_stock_moves = Table(
    'stock_moves', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('item_id', INTEGER(10, unsigned=True), nullable=False),
    Column('warehouse_id', SMALLINT(5, unsigned=True)),
    Column('delta', INTEGER(11), nullable=False),
    Column('moved_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    ForeignKeyConstraint(['item_id'], ['catalog_items.id'], name='stock_moves_product_fk'),
    ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name='stock_moves_warehouse_fk'),
    Index('stock_moves_product_fk', 'item_id'),
    Index('stock_moves_warehouse_fk', 'warehouse_id')
)
