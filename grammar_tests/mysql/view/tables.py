from sqlalchemy import Column, DECIMAL, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_active_products = Table(
    'active_products', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(100)),
    Column('price', DECIMAL(10, 2))
)

t_products = Table(
    'products', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False),
    Column('price', DECIMAL(10, 2), nullable=False),
    Column('active', TINYINT(1), nullable=False, server_default=text('1'))
)
