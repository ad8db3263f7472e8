from sqlalchemy import Column, Integer, MetaData, String, TIMESTAMP, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_every_reading = Table(
    'every_reading', metadata,
    Column('id', Integer),
    Column('sensor', Text),
    Column('value', Integer),
    Column('taken_at', TIMESTAMP)
)

t_loud_labels = Table(
    'loud_labels', metadata,
    Column('shout', NullType)
)

t_place_labels = Table(
    'place_labels', metadata,
    Column('id', Integer),
    Column('label', String(40)),
    Column('shout', NullType)
)

t_places = Table(
    'places', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', String(40), nullable=False),
    Column('region', Integer)
)

t_readings = Table(
    'readings', metadata,
    Column('id', Integer, primary_key=True),
    Column('sensor', Text, nullable=False),
    Column('value', Integer),
    Column('taken_at', TIMESTAMP)
)
