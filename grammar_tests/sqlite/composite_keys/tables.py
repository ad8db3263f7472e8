from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, Table, Text

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('region', Text, primary_key=True),
    Column('number', Integer, primary_key=True)
)

t_order_lines = Table(
    'order_lines', metadata,
    Column('region', Text, primary_key=True),
    Column('number', Integer, primary_key=True),
    Column('line', Integer, primary_key=True),
    ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], name='fk_order')
)
