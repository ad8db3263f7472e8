from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_items = Table(
    'items', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(40), nullable=False),
    Column('qty', INTEGER(11), nullable=False, server_default=text('0')),
    Column('sku', String(20)),
    Index('ux_items_sku', 'sku', unique=True)
)

t_stock = Table(
    'stock', metadata,
    Column('item_id', INTEGER(11), primary_key=True),
    Column('amount', INTEGER(11), nullable=False, server_default=text('0')),
    ForeignKeyConstraint(['item_id'], ['items.id'], name='fk_stock_item')
)
