import enum

from sqlalchemy import BINARY, Column, DECIMAL, Date, DateTime, Double, Enum, Float, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, LONGTEXT, MEDIUMTEXT, TINYINT

metadata = MetaData()


class CustomerTotalsMinStatus(str, enum.Enum):
    NEW = 'new'
    PAID = 'paid'


class OrdersStatus(str, enum.Enum):
    NEW = 'new'
    PAID = 'paid'


t_customer_totals = Table(
    'customer_totals', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(100)),
    Column('n_orders', BIGINT(21), server_default=text("'0'")),
    Column('total', DECIMAL(34, 2)),
    Column('last_order', DateTime),
    Column('avg_total', DECIMAL(16, 6)),
    Column('total0', DECIMAL(34, 2), server_default=text("'0.00'")),
    Column('double_balance', DECIMAL(11, 2)),
    Column('tier', String(4)),
    Column('uname', String(100)),
    Column('display', MEDIUMTEXT),
    Column('name_len', INTEGER(10), server_default=text("'0'")),
    Column('created_day', Date),
    Column('created_year', INTEGER(5)),
    Column('score0', Double(asdecimal=True), server_default=text("'0'")),
    Column('statuses', MEDIUMTEXT),
    Column('one', INTEGER(1), server_default=text("'0'")),
    Column('x', String(1)),
    Column('nothing', BINARY(0)),
    Column('uid', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('rounded', DECIMAL(13, 2)),
    Column('cnt', BIGINT(21), server_default=text("'0'")),
    Column('now_ts', DateTime),
    Column('days', INTEGER(8)),
    Column('act', INTEGER(1), server_default=text("'0'")),
    Column('yn', String(1)),
    Column('big1', BIGINT(21, unsigned=True)),
    Column('min_status', Enum(CustomerTotalsMinStatus, values_callable=lambda cls: [member.value for member in cls])),
    Column('k', LONGTEXT)
)

t_customers = Table(
    'customers', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False),
    Column('email', Text),
    Column('created', DateTime, server_default=text('current_timestamp()')),
    Column('balance', DECIMAL(10, 2), server_default=text('0.00')),
    Column('active', TINYINT(1), nullable=False, server_default=text('1')),
    Column('score', Float),
    Column('big', BIGINT(20, unsigned=True))
)

t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('u', INTEGER(10, unsigned=True), nullable=False),
    Column('b', BIGINT(20, unsigned=True)),
    Column('s', INTEGER(11), nullable=False),
    Column('x', String(5))
)

t_v = Table(
    'v', metadata,
    Column('a1', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a2', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a3', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a4', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a5', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a6', BIGINT(21, unsigned=True)),
    Column('a7', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('c1', INTEGER(1), server_default=text("'0'")),
    Column('c2', INTEGER(1)),
    Column('c3', INTEGER(1), server_default=text("'0'")),
    Column('c4', INTEGER(1), server_default=text("'0'"))
)

t_orders = Table(
    'orders', metadata,
    Column('id', BIGINT(20), primary_key=True, autoincrement=True),
    Column('customer_id', INTEGER(11), nullable=False),
    Column('total', DECIMAL(12, 2), nullable=False),
    Column('placed_at', DateTime, nullable=False),
    Column('status', Enum(OrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'new'")),
    Column('meta', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_ibfk_1'),
    Index('customer_id', 'customer_id')
)
