from sqlalchemy import Column, DECIMAL, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_customer = Table(
    'customer', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(50), nullable=False),
    Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('email', String(100)),
    Column('four_columns', TINYINT(1))
)

t_tag = Table(
    'tag', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('label', String(30), nullable=False),
    Index('tag_label', 'label')
)

t_purchase = Table(
    'purchase', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('customer_id', INTEGER(11), nullable=False),
    Column('total', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    ForeignKeyConstraint(['customer_id'], ['customer.id'], name='fk_purchase_customer'),
    Index('fk_purchase_customer', 'customer_id')
)
