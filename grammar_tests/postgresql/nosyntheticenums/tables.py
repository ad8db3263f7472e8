import enum

from sqlalchemy import CheckConstraint, Column, Enum, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


class Color(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


t_ticket = Table(
    'ticket', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('state', String(10), nullable=False),
    Column('priority', Text),
    Column('paint', Enum(Color, values_callable=lambda cls: [member.value for member in cls], name='color')),
    CheckConstraint("priority = ANY (ARRAY['low'::text, 'high'::text])", name='ticket_priority_check'),
    CheckConstraint("state::text = ANY (ARRAY['open'::character varying, 'closed'::character varying]::text[])", name='ticket_state_check'),
    PrimaryKeyConstraint('id', name='ticket_pkey')
)
