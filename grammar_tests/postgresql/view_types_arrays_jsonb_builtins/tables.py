import enum

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Enum, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, INTERVAL, JSONB

metadata = MetaData()


class Status(str, enum.Enum):
    A = 'a'
    B = 'b'


t_acct = Table(
    'acct', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('name', String(30), nullable=False),
    Column('email', CITEXT),
    Column('created', DateTime, nullable=False, server_default=text('now()')),
    Column('balance', Numeric(12, 2)),
    Column('st', Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status')),
    Column('data', JSONB),
    Column('tags', ARRAY(String(length=10))),
    Column('flags', ARRAY(Integer())),
    PrimaryKeyConstraint('id', name='acct_pkey')
)

t_acct_stats = Table(
    'acct_stats', metadata,
    Column('id', BigInteger),
    Column('rn', BigInteger),
    Column('names', ARRAY(String())),
    Column('emails', BigInteger),
    Column('day', DateTime),
    Column('epoch', Numeric),
    Column('created_day', Date),
    Column('positive', Integer),
    Column('yesterday', DateTime(True)),
    Column('shout', Text),
    Column('both_', Text),
    Column('upper_name', Text),
    Column('double_balance', Numeric),
    Column('third', Numeric),
    Column('next_id', BigInteger),
    Column('x', JSONB),
    Column('x_text', Text),
    Column('ab', Text),
    Column('first_tag', String(10)),
    Column('status', Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status')),
    Column('status_text', Text),
    Column('bal', Numeric),
    Column('g', BigInteger),
    Column('len', Integer),
    Column('prefix', Text),
    Column('yr', Text),
    Column('age_', INTERVAL),
    Column('no_balance', Boolean),
    Column('last_created', DateTime),
    Column('total', Numeric),
    Column('avg_id', Numeric),
    Column('any_pos', Boolean),
    Column('lemail', Text),
    Column('nflags', Integer),
    Column('more_flags', ARRAY(Integer())),
    Column('rounded', Numeric),
    Column('id_text', Text),
    Column('today', Date),
    Column('ts', DateTime(True))
)
