from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_invoices2 = Table(
    'invoices2', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='invoices2_pkey')
)

t_kept2 = Table(
    'kept2', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='kept2_pkey1')
)

t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='orders_pkey')
)

t_orders2 = Table(
    'orders2', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='orders2_pkey')
)

t_tickets = Table(
    'tickets', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text),
    PrimaryKeyConstraint('id', name='tickets_pkey')
)

t_tickets2 = Table(
    'tickets2', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='tickets2_pkey')
)
