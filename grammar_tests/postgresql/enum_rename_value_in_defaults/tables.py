import enum

from sqlalchemy import CheckConstraint, Column, Enum, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


class RegistrationMode(str, enum.Enum):
    CLOSED = 'Closed'
    REQUIREAPPLICATION = 'RequireApplication'
    OPEN = 'Open'


t_site = Table(
    'site', metadata,
    Column('id', Integer, primary_key=True),
    Column('mode', Enum(RegistrationMode, values_callable=lambda cls: [member.value for member in cls], name='registration_mode'), nullable=False, server_default=text("'RequireApplication'::registration_mode")),
    Column('fallback', Enum(RegistrationMode, values_callable=lambda cls: [member.value for member in cls], name='registration_mode'), server_default=text("'Closed'::registration_mode")),
    Column('note', Text, server_default=text("'closed'::text")),
    CheckConstraint("fallback <> 'Open'::registration_mode", name='site_fallback_check'),
    PrimaryKeyConstraint('id', name='site_pkey'),
    Index('site_open_idx', 'id', postgresql_where="(mode = 'Open'::registration_mode)")
)
