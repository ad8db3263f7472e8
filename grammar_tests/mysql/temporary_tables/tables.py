from sqlalchemy import Column, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('label', String(20), nullable=False, index=True),
    Column('price', INTEGER(11), nullable=False, server_default=text('0'))
)

t_item_copy = Table(
    'item_copy', metadata,
    Column('id', INTEGER(11), primary_key=True)
)
