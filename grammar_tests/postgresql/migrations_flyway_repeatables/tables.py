from sqlalchemy import BigInteger, Column, DateTime, ForeignKeyConstraint, Identity, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, text

metadata = MetaData()


t_clients = Table(
    'clients', metadata,
    Column('id', Integer, Identity(start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('company_name', String(100), nullable=False),
    Column('email', String(255)),
    PrimaryKeyConstraint('id', name='customers_pkey'),
    Index('customers_email_uq', unique=True)
)

t_order_totals = Table(
    'order_totals', metadata,
    Column('client_id', Integer),
    Column('company_name', String(100)),
    Column('orders', BigInteger),
    Column('total', Numeric)
)

t_orders = Table(
    'orders', metadata,
    Column('id', Integer, Identity(start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('client_id', Integer, nullable=False),
    Column('amount', Numeric(12, 2), nullable=False),
    Column('ordered_at', DateTime(True), nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('status', String(12), nullable=False, server_default=text("'new'::character varying")),
    ForeignKeyConstraint(['client_id'], ['clients.id'], name='orders_customer_id_fkey'),
    PrimaryKeyConstraint('id', name='orders_pkey')
)
