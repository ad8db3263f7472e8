import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, text

metadata = MetaData()


class OrderStatus(str, enum.Enum):
    PENDING = 'pending'
    PAID = 'paid'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'


class Priority(str, enum.Enum):
    LOW = 'low'
    MEDIUM = 'medium'
    HIGH = 'high'


t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'pending'::order_status")),
    Column('priority', Enum(Priority, values_callable=lambda cls: [member.value for member in cls], name='priority'), server_default=text("'medium'::priority")),
    PrimaryKeyConstraint('id', name='orders_pkey')
)

t_order_history = Table(
    'order_history', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('order_id', Integer, nullable=False),
    Column('old_status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status')),
    Column('new_status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False),
    ForeignKeyConstraint(['order_id'], ['orders.id'], name='order_history_order_id_fkey'),
    PrimaryKeyConstraint('id', name='order_history_pkey')
)
