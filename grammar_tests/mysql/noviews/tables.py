from sqlalchemy import Column, DECIMAL, DateTime, MetaData, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('total', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    Column('placed_at', DateTime, nullable=False, server_default=text('current_timestamp()'))
)
