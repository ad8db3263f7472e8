from sqlalchemy import Column, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('qty', INTEGER(11))
)

t_positive = Table(
    'positive', metadata,
    Column('id', INTEGER(11)),
    Column('qty', INTEGER(11))
)

t_positive_cascaded = Table(
    'positive_cascaded', metadata,
    Column('qty', INTEGER(11))
)

t_positive_local = Table(
    'positive_local', metadata,
    Column('id', INTEGER(11))
)
