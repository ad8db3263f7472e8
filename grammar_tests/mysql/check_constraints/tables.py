from sqlalchemy import CheckConstraint, Column, DECIMAL, Date, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_products = Table(
    'products', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('sku', String(20), nullable=False),
    Column('price', DECIMAL(10, 2), nullable=False),
    Column('discount_price', DECIMAL(10, 2)),
    Column('kind', String(10), nullable=False),
    Column('stock', INTEGER(11), nullable=False, server_default=text('0')),
    Column('released', Date),
    CheckConstraint('`discount_price` is null or `discount_price` < `price`', name='discount_below_price'),
    CheckConstraint("`kind` in ('book','music','film')", name='kind_known'),
    CheckConstraint("`released` > '2000-01-01'", name='CONSTRAINT_2'),
    CheckConstraint('`stock` >= 0', name='CONSTRAINT_1')
)
