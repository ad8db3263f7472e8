from sqlalchemy import Column, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_place = Table(
    'place', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('label', String(40), nullable=False),
    Column('zone', String(10)),
    Column('area', String(10)),
    Column('floor', INTEGER(11)),
    Index('idx_label', 'label'),
    comment='seen'
)
