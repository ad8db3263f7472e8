import enum

from sqlalchemy import ARRAY, CheckConstraint, Column, Enum, Index, Integer, MetaData, PrimaryKeyConstraint, Table, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


class Mode(str, enum.Enum):
    CLOSED = 'Closed'
    REQUIREAPPLICATION = 'RequireApplication'
    OPEN_NOW = 'Open Now'


t_site = Table(
    'site', metadata,
    Column('id', Integer, primary_key=True),
    Column('mode', Enum(Mode, values_callable=lambda cls: [member.value for member in cls], name='mode'), nullable=False, server_default=text("'RequireApplication'::mode")),
    Column('modes', ARRAY(Enum(Mode, values_callable=lambda cls: [member.value for member in cls], name='mode')), server_default=text('\'{"Open Now",Closed}\'::mode[]')),
    CheckConstraint("mode <> 'Closed'::mode", name='site_mode_check'),
    PrimaryKeyConstraint('id', name='site_pkey'),
    Index('site_open', 'id', postgresql_where="(mode = 'Open Now'::mode)")
)
