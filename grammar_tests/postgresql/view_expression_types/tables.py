from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, INTERVAL, JSONB

metadata = MetaData()


t_customer_totals = Table(
    'customer_totals', metadata,
    Column('id', Integer),
    Column('name', String(100)),
    Column('n_orders', BigInteger),
    Column('total', Numeric),
    Column('last_order', DateTime),
    Column('avg_total', Numeric),
    Column('total0', Numeric),
    Column('double_balance', Numeric),
    Column('tier', Text),
    Column('uname', Text),
    Column('display', Text),
    Column('name_len', Integer),
    Column('created_day', Date),
    Column('created_year', Numeric),
    Column('age', INTERVAL),
    Column('first_tag', Text),
    Column('n_tags', Integer),
    Column('all_positive', Boolean),
    Column('k', Text),
    Column('statuses', Text),
    Column('rn', BigInteger),
    Column('one', Integer),
    Column('x', Text),
    Column('nothing', Text),
    Column('big_id', BigInteger),
    Column('rounded', Numeric),
    Column('cnt', BigInteger),
    Column('act', Boolean)
)

t_customers = Table(
    'customers', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False),
    Column('email', Text),
    Column('created', DateTime(True), server_default=text('now()')),
    Column('balance', Numeric(10, 2), server_default=text('0')),
    Column('tags', ARRAY(Text())),
    Column('active', Boolean, server_default=text('true')),
    PrimaryKeyConstraint('id', name='customers_pkey')
)

t_mv = Table(
    'mv', metadata,
    Column('customer_id', Integer),
    Column('s', Numeric)
)

t_recent_orders = Table(
    'recent_orders', metadata,
    Column('id', BigInteger),
    Column('customer_id', Integer),
    Column('total', Numeric(12, 2)),
    Column('placed_at', DateTime),
    Column('status', String(20)),
    Column('meta', JSONB)
)

t_orders = Table(
    'orders', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('customer_id', Integer, nullable=False),
    Column('total', Numeric(12, 2), nullable=False),
    Column('placed_at', DateTime, nullable=False),
    Column('status', String(20), nullable=False, server_default=text("'new'::character varying")),
    Column('meta', JSONB),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_customer_id_fkey'),
    PrimaryKeyConstraint('id', name='orders_pkey')
)
