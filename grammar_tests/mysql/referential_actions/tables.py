from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_customers = Table(
    'customers', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False)
)

t_orders = Table(
    'orders', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('customer_id', INTEGER(11), nullable=False),
    Column('referrer_id', INTEGER(11)),
    Column('approver_id', INTEGER(11)),
    Column('auditor_id', INTEGER(11)),
    ForeignKeyConstraint(['approver_id'], ['customers.id'], name='fk_orders_approver'),
    ForeignKeyConstraint(['auditor_id'], ['customers.id'], onupdate='SET NULL', name='fk_orders_auditor'),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', onupdate='CASCADE', name='orders_ibfk_1'),
    ForeignKeyConstraint(['referrer_id'], ['customers.id'], ondelete='SET NULL', name='fk_orders_referrer'),
    Index('customer_id', 'customer_id'),
    Index('fk_orders_approver', 'approver_id'),
    Index('fk_orders_auditor', 'auditor_id'),
    Index('fk_orders_referrer', 'referrer_id')
)
