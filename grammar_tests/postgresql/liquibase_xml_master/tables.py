import enum

from sqlalchemy import BigInteger, Column, DateTime, Enum, ForeignKeyConstraint, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, text

metadata = MetaData()


class OrderStatus(str, enum.Enum):
    OPEN = 'open'
    PAID = 'paid'


t_accounts = Table(
    'accounts', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('full_name', String(150), nullable=False),
    Column('email', String(200)),
    PrimaryKeyConstraint('id', name='accounts_pkey')
)

t_audit_log = Table(
    'audit_log', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('account_id', Integer),
    Column('happened_at', DateTime(True), nullable=False, server_default=text('now()')),
    ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE', name='audit_log_account_id_fkey'),
    PrimaryKeyConstraint('id', name='audit_log_pkey'),
    Index('audit_log_account', 'account_id')
)

t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('account_id', Integer, nullable=False),
    Column('total', Numeric(10, 2), nullable=False),
    Column('status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'open'::order_status")),
    ForeignKeyConstraint(['account_id'], ['accounts.id'], name='orders_account_id_fkey'),
    PrimaryKeyConstraint('id', name='orders_pkey')
)
