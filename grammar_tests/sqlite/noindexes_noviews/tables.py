from sqlalchemy import Column, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_items = Table(
    'items', metadata,
    Column('id', Integer, primary_key=True),
    Column('sku', Text, nullable=False),
    Column('qty', Integer, nullable=False, server_default=text('0'))
)
