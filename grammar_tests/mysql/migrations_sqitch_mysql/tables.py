from sqlalchemy import CHAR, Column, DECIMAL, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_supplier_stock = Table(
    'supplier_stock', metadata,
    Column('supplier_id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('part_count', BIGINT(21), server_default=text("'0'")),
    Column('stock_value', DECIMAL(41, 2))
)

t_suppliers = Table(
    'suppliers', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False),
    Column('country', CHAR(2), nullable=False, server_default=text("'DE'"))
)

t_components = Table(
    'components', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('supplier_id', INTEGER(10, unsigned=True), nullable=False),
    Column('part_no', String(30), nullable=False),
    Column('unit_price', DECIMAL(9, 2), nullable=False),
    Column('on_hand', INTEGER(11), nullable=False, server_default=text('0')),
    ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name='parts_supplier_fk'),
    Index('parts_supplier_part_no', 'supplier_id', 'part_no', unique=True)
)
