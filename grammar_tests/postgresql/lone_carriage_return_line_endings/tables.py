from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_customers = Table(
    'customers', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='customers_pkey')
)

t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True),
    Column('customer_id', Integer),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_customer_id_fkey'),
    PrimaryKeyConstraint('id', name='orders_pkey')
)
