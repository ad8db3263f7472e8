from sqlalchemy import Column, ForeignKey, Integer, MetaData, Numeric, Table, Text, text

metadata = MetaData()


t_clients = Table(
    'clients', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False, unique=True),
    Column('name', Text),
    Column('vip', Integer, nullable=False, server_default=text('0'))
)

t_open_orders = Table(
    'open_orders', metadata,
    Column('id', Integer),
    Column('client_id', Integer),
    Column('email', Text),
    Column('placed_at', Text)
)

t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True),
    Column('client_id', ForeignKey('clients.id'), nullable=False),
    Column('placed_at', Text, nullable=False, server_default=text("datetime('now')")),
    Column('shipped_at', Text),
    Column('total', Numeric(10, 2), nullable=False)
)
