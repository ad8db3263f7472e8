import enum

from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, Enum, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text, UniqueConstraint, text

metadata = MetaData()


class OrderStatus(str, enum.Enum):
    PENDING = 'pending'
    PAID = 'paid'
    SHIPPED = 'shipped'


t_customers = Table(
    'customers', metadata,
    Column('id', BigInteger, Sequence('users_id_seq'), primary_key=True, autoincrement=True),
    Column('email', Text, nullable=False),
    Column('display_name', Text),
    Column('created_at', DateTime(True), nullable=False, server_default=text('now()')),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('email', name='users_email_key')
)

t_orders = Table(
    'orders', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('customer_id', BigInteger, nullable=False),
    Column('total_cents', Integer, nullable=False),
    Column('updated_at', DateTime(True), nullable=False, server_default=text('now()')),
    Column('status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'pending'::order_status")),
    CheckConstraint('total_cents >= 0', name='orders_total_cents_check'),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', name='orders_user_id_fkey'),
    PrimaryKeyConstraint('id', name='orders_pkey'),
    Index('orders_customer_status_idx', 'customer_id', 'status')
)
