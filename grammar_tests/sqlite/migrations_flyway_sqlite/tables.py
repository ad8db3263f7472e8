from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, REAL, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_daily_means = Table(
    'daily_means', metadata,
    Column('station_id', Integer),
    Column('day', NullType),
    Column('mean', NullType)
)

t_hot_days = Table(
    'hot_days', metadata,
    Column('station_id', Integer),
    Column('day', NullType),
    Column('mean', NullType)
)

t_sites = Table(
    'sites', metadata,
    Column('id', Integer, primary_key=True),
    Column('site_code', Text, nullable=False, unique=True),
    Column('city', Text, nullable=False),
    Column('name', Text)
)

t_measurements = Table(
    'measurements', metadata,
    Column('id', Integer, primary_key=True),
    Column('station_id', ForeignKey('sites.id'), nullable=False),
    Column('measured_at', Text, nullable=False),
    Column('celsius', REAL, nullable=False),
    Column('humidity', REAL),
    Index('measurements_station_time', 'station_id', 'measured_at')
)
