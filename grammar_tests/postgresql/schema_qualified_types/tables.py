import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text, UniqueConstraint, text

metadata = MetaData()


class Unit(str, enum.Enum):
    PIECE = 'piece'
    KG = 'kg'
    LITRE = 'litre'


t_warehouses = Table(
    'warehouses', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='warehouses_pkey'),
    UniqueConstraint('name', name='warehouses_name_key'),
    schema='inventory'
)

t_stock = Table(
    'stock', metadata,
    Column('warehouse_id', Integer, primary_key=True),
    Column('sku', Text, primary_key=True),
    Column('quantity', Numeric(12, 3), nullable=False, server_default=text('0')),
    Column('unit', Enum(Unit, values_callable=lambda cls: [member.value for member in cls], name='unit', schema='inventory'), nullable=False, server_default=text("'piece'::inventory.unit")),
    ForeignKeyConstraint(['warehouse_id'], ['inventory.warehouses.id'], ondelete='CASCADE', name='stock_warehouse_id_fkey'),
    PrimaryKeyConstraint('warehouse_id', 'sku', name='stock_pkey'),
    Index('stock_sku_idx', 'sku'),
    schema='inventory',
    comment='Stock levels per warehouse'
)
