from sqlalchemy import Column, DECIMAL, MetaData, String, Table
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_old_racks = Table(
    'old_racks', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('height', INTEGER(11))
)

t_rack_heights = Table(
    'rack_heights', metadata,
    Column('id', BIGINT(20)),
    Column('height', DECIMAL(5, 1))
)

t_racks = Table(
    'racks', metadata,
    Column('id', BIGINT(20), primary_key=True),
    Column('height', DECIMAL(5, 1))
)

t_shelves = Table(
    'shelves', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('shelf_code', String(10))
)
