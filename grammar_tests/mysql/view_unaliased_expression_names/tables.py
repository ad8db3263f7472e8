from sqlalchemy import CHAR, Column, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('label', String(20)),
    Column('price', INTEGER(11), nullable=False)
)

t_item_counts = Table(
    'item_counts', metadata,
    Column('id', INTEGER(11)),
    Column('total', BIGINT(21)),
    Column('(SELECT   COUNT(*) FROM item)', BIGINT(21)),
    Column('price  *  2', BIGINT(12), server_default=text("'0'")),
    Column('COUNT(*)', BIGINT(21), server_default=text("'0'")),
    Column('upper( label )', String(20)),
    Column('flag', String(4)),
    Column('dq', String(2)),
    Column("it's", String(4))
)

t_item_names = Table(
    'item_names', metadata,
    Column('id', INTEGER(11)),
    Column('My_exp_id', String(2)),
    Column('lower(label)', String(20)),
    Column('My_exp_LOWER(label)', String(20)),
    Column('x', String(1)),
    Column('My_exp_x', String(1)),
    Column('My_exp_1_x', String(1)),
    Column('My_exp_My_exp_x', String(8)),
    Column('Name_exp_9', CHAR(0)),
    Column('Name_exp_10', String(5)),
    Column('Name_exp_11', BIGINT(21))
)
