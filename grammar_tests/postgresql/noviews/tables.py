from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_products = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='products_pkey')
)
