from sqlalchemy import Column, DECIMAL, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_all_items = Table(
    'all_items', metadata,
    Column('id', INTEGER(11)),
    Column('name', String(100), server_default=text("'y'")),
    Column('price', DECIMAL(12, 4), server_default=text("'1.0000'")),
    Column('code', String(50))
)

t_item_labels = Table(
    'item_labels', metadata,
    Column('id', INTEGER(11)),
    Column('label', String(101)),
    Column('double_price', DECIMAL(13, 4), server_default=text("'0.0000'"))
)

t_item_pairs = Table(
    'item_pairs', metadata,
    Column('item_id', INTEGER(11)),
    Column('item_name', String(100), server_default=text("'y'"))
)

t_item_words = Table(
    'item_words', metadata,
    Column('name', String(100))
)

t_items = Table(
    'items', metadata,
    Column('added', INTEGER(11)),
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(100), server_default=text("'y'")),
    Column('price', DECIMAL(12, 4), nullable=False, server_default=text('1.0000')),
    Column('code', String(50))
)

t_label_prices = Table(
    'label_prices', metadata,
    Column('label', String(101)),
    Column('double_price', DECIMAL(13, 4), server_default=text("'0.0000'"))
)
