from sqlalchemy import Column, DECIMAL, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT

metadata = MetaData()


t_counted_elsewhere = Table(
    'counted_elsewhere', metadata,
    Column('next_id', BIGINT(12), server_default=text("'0'")),
    Column('top', INTEGER(11))
)

t_filtered = Table(
    'filtered', metadata,
    Column('next_id', BIGINT(12), server_default=text("'0'"))
)

t_order_summary = Table(
    'order_summary', metadata,
    Column('next_id', BIGINT(12)),
    Column('note', String(20)),
    Column('mixed', BIGINT(22)),
    Column('total', DECIMAL(32, 0)),
    Column('notes', MEDIUMTEXT),
    Column('id_or_zero', INTEGER(11), server_default=text("'0'")),
    Column('all_rows', BIGINT(21))
)

t_order_totals = Table(
    'order_totals', metadata,
    Column('twice', BIGINT(12)),
    Column('qty', INTEGER(11), server_default=text('1')),
    Column('n', BIGINT(21), nullable=False),
    Column('top', BIGINT(12)),
    Column('id_or_zero', INTEGER(11), nullable=False)
)

t_orders = Table(
    'orders', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('qty', INTEGER(11), nullable=False, server_default=text('1')),
    Column('note', String(20), nullable=False, server_default=text("''"))
)
