from sqlalchemy import Column, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_place = Table(
    'place', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(100)),
    Column('summary', Text),
    Column('spot', NullType, nullable=False),
    Column('area', NullType, nullable=False),
    Index('area_sp', 'area', mysql_prefix='SPATIAL'),
    Index('place_both_ft', 'title', 'summary', mysql_prefix='FULLTEXT'),
    Index('place_spot_sp', 'spot', mysql_prefix='SPATIAL'),
    Index('place_title_ft', 'title', mysql_prefix='FULLTEXT'),
    Index('summary', 'summary', mysql_prefix='FULLTEXT'),
    Index('title_plain', 'title')
)
