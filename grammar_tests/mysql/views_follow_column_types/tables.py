from sqlalchemy import Column, Date, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, TINYINT

metadata = MetaData()


t_every_parcel = Table(
    'every_parcel', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('label', String(120)),
    Column('weight', BIGINT(20), server_default=text("'1'")),
    Column('sent', Date, server_default=text("'2024-01-01'"))
)

t_parcel_labels = Table(
    'parcel_labels', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('tag', String(120)),
    Column('weight', BIGINT(20), server_default=text("'1'"))
)

t_parcels = Table(
    'parcels', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('label', String(120)),
    Column('weight', BIGINT(20), nullable=False, server_default=text('1')),
    Column('sent', Date, server_default=text("'2024-01-01'")),
    Column('fragile', TINYINT(1), nullable=False, server_default=text('0'))
)
