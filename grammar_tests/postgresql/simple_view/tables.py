from sqlalchemy import Boolean, Column, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_active_products = Table(
    'active_products', metadata,
    Column('id', Integer),
    Column('name', Text),
    Column('price', Numeric(10, 2))
)

t_products = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    Column('price', Numeric(10, 2), nullable=False),
    Column('active', Boolean, nullable=False, server_default=text('true')),
    PrimaryKeyConstraint('id', name='products_pkey')
)
