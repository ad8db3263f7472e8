from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_customers = Table(
    'customers', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='customers_pkey')
)

t_invoices = Table(
    'invoices', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('customer_id', Integer, nullable=False),
    Column('total', Numeric(10, 2), nullable=False, server_default=text('0')),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], name='invoices_customer_id_fkey'),
    PrimaryKeyConstraint('id', name='invoices_pkey'),
    schema='billing'
)
