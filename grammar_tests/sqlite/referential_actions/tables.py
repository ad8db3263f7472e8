from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, MetaData, Table, Text

metadata = MetaData()


t_customers = Table(
    'customers', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False)
)

t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True),
    Column('customer_id', ForeignKey('customers.id'), nullable=False),
    Column('referrer_id', ForeignKey('customers.id')),
    Column('approver_id', Integer),
    Column('auditor_id', Integer),
    ForeignKeyConstraint(['approver_id'], ['customers.id'], ondelete='RESTRICT', name='fk_orders_approver'),
    ForeignKeyConstraint(['auditor_id'], ['customers.id'], onupdate='SET DEFAULT', deferrable=True, initially='DEFERRED', name='fk_orders_auditor')
)
