from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, SmallInteger, String, Table, text

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('region', CHAR(2), primary_key=True),
    Column('number', Integer, primary_key=True),
    Column('placed_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    PrimaryKeyConstraint('region', 'number', name='orders_pkey')
)

t_order_lines = Table(
    'order_lines', metadata,
    Column('region', CHAR(2), primary_key=True),
    Column('number', Integer, primary_key=True),
    Column('line', SmallInteger, primary_key=True),
    Column('sku', String(20), nullable=False),
    ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], ondelete='CASCADE', name='order_lines_region_number_fkey'),
    PrimaryKeyConstraint('region', 'number', 'line', name='order_lines_pkey')
)
