from sqlalchemy import Column, ForeignKey, Integer, MetaData, REAL, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_latest_readings = Table(
    'latest_readings', metadata,
    Column('device_id', Integer),
    Column('taken_at', NullType)
)

t_sensors = Table(
    'sensors', metadata,
    Column('id', Integer, primary_key=True),
    Column('serial', Text, nullable=False, unique=True),
    Column('label', Text)
)

t_readings = Table(
    'readings', metadata,
    Column('device_id', ForeignKey('sensors.id'), primary_key=True),
    Column('taken_at', Integer, primary_key=True),
    Column('reading', REAL, nullable=False)
)
