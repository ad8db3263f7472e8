import enum

from sqlalchemy import Boolean, CHAR, Column, DateTime, Enum, INTEGER, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, DOMAIN, INTERVAL, TIMESTAMP

metadata = MetaData()


class Colour(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True),
    Column('login', String(40), server_default=text('NULL::character varying')),
    Column('nickname', String),
    Column('country', CHAR(2), server_default=text('NULL::bpchar')),
    Column('flag', CHAR(1), server_default=text('NULL::bpchar')),
    Column('bio', Text),
    Column('age', Integer),
    Column('balance', Numeric(12, 2), server_default=text('NULL::numeric')),
    Column('ratio', Numeric),
    Column('seen_at', TIMESTAMP(precision=3), server_default=text('NULL::timestamp without time zone')),
    Column('created_at', DateTime),
    Column('tags', ARRAY(String(length=20)), server_default=text('NULL::character varying[]')),
    Column('scores', ARRAY(Integer())),
    Column('credit', DOMAIN('amount', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('NULL::integer')),
    Column('favourite', Enum(Colour, values_callable=lambda cls: [member.value for member in cls], name='colour')),
    Column('bits', BIT(4), server_default=text('NULL::"bit"')),
    Column('wait', INTERVAL(fields='hour')),
    Column('note', Text, server_default=text('NULL::character varying')),
    Column('code', String(8), server_default=text('NULL::text')),
    Column('other_colour', Enum(Colour, values_callable=lambda cls: [member.value for member in cls], name='colour')),
    Column('active', Boolean),
    PrimaryKeyConstraint('id', name='account_pkey')
)

t_session = Table(
    'session', metadata,
    Column('id', Integer, primary_key=True),
    Column('token', String(64), server_default=text('NULL::character varying')),
    Column('ip', Text),
    Column('agent', String(255), server_default=text('NULL::character varying')),
    PrimaryKeyConstraint('id', name='session_pkey')
)
