import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, String, Table, Text

metadata = MetaData()


class State(str, enum.Enum):
    OPEN = 'open'
    PAID = 'paid'


t_customer = Table(
    'customer', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False),
    Column('nickname', String(40)),
    PrimaryKeyConstraint('id', name='customer_pkey'),
    Index('customer_email_idx', 'email'),
    schema='shop'
)

t_open_purchase = Table(
    'open_purchase', metadata,
    Column('id', Integer),
    Column('email', Text),
    schema='shop'
)

t_purchase = Table(
    'purchase', metadata,
    Column('id', Integer, Sequence('order_seq', schema='shop'), primary_key=True, autoincrement=True),
    Column('customer_id', Integer, nullable=False),
    Column('status', Enum(State, values_callable=lambda cls: [member.value for member in cls], name='state', schema='shop'), nullable=False),
    ForeignKeyConstraint(['customer_id'], ['shop.customer.id'], name='purchase_customer_id_fkey'),
    PrimaryKeyConstraint('id', name='purchase_pkey'),
    schema='shop'
)
