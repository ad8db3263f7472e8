from sqlalchemy import CHAR, Column, ForeignKeyConstraint, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER, SMALLINT

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('region', CHAR(2), primary_key=True),
    Column('number', INTEGER(11), primary_key=True)
)

t_order_lines = Table(
    'order_lines', metadata,
    Column('region', CHAR(2), primary_key=True),
    Column('number', INTEGER(11), primary_key=True),
    Column('line', SMALLINT(6), primary_key=True),
    ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], ondelete='CASCADE', name='fk_lines_order')
)
