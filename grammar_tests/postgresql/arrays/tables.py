import enum

from sqlalchemy import ARRAY, Boolean, Column, DateTime, Enum, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


class Color(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'


t_palettes = Table(
    'palettes', metadata,
    Column('id', Integer, primary_key=True),
    Column('names', ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]")),
    Column('codes', ARRAY(String(length=7))),
    Column('weights', ARRAY(Numeric(precision=5, scale=2))),
    Column('grid', ARRAY(Integer())),
    Column('fixed_size', ARRAY(Integer())),
    Column('colors', ARRAY(Enum(Color, values_callable=lambda cls: [member.value for member in cls], name='color')), server_default=text("ARRAY['red'::color]")),
    Column('ids', ARRAY(Uuid())),
    Column('flags', ARRAY(Boolean(_create_events=False))),
    Column('stamps', ARRAY(DateTime(timezone=True))),
    PrimaryKeyConstraint('id', name='palettes_pkey')
)
