from sqlalchemy import Column, ForeignKey, Integer, MetaData, Numeric, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_customer = Table(
    'customer', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('city', Text)
)

t_customer_totals = Table(
    'customer_totals', metadata,
    Column('id', Integer),
    Column('upper( c.Name ) /* display */', NullType),
    Column('count(*)', NullType),
    Column('sum(p.amount)  *  100', NullType),
    Column("c.city IS NOT DISTINCT FROM 'Paris'", NullType),
    Column('column6', NullType),
    Column('column7', NullType)
)

t_event_log = Table(
    'event_log', metadata,
    Column('kind', Text),
    Column('payload', Text)
)

t_log_rows = Table(
    'log_rows', metadata,
    Column('rowid', Integer),
    Column('rowid:1', Integer),
    Column('kind', Text)
)

t_nested = Table(
    'nested', metadata,
    Column('id + 1', NullType),
    Column("name || '!'", NullType),
    Column('id', Integer),
    Column('id:1', Integer)
)

t_purchase_copy = Table(
    'purchase_copy', metadata,
    Column('id * 2', NullType),
    Column('amount', Numeric),
    Column('amount:1', Numeric)
)

t_purchase_pairs = Table(
    'purchase_pairs', metadata,
    Column('id', Integer),
    Column('id:1', Integer),
    Column('id:2', Integer),
    Column('id:3', Integer),
    Column('note:7', Text),
    Column('note:', Text)
)

t_purchase = Table(
    'purchase', metadata,
    Column('id', Integer, primary_key=True),
    Column('customer_id', ForeignKey('customer.id')),
    Column('amount', Numeric(10, 2)),
    Column('note', Text)
)
