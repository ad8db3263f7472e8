from sqlalchemy import Column, Integer, MetaData, REAL, Table, Text

metadata = MetaData()


t_cheap_products = Table(
    'cheap_products', metadata,
    Column('id', Integer),
    Column('name', Text)
)

t_products = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('price', REAL, nullable=False)
)
