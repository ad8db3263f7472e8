import enum

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Computed, Date, DateTime, Double, Enum, ForeignKeyConstraint, INTEGER, Identity, Index, Integer, JSON, LargeBinary, MetaData, Numeric, PrimaryKeyConstraint, REAL, Sequence, SmallInteger, String, Table, Text, Time, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, DOMAIN, INET, INTERVAL, JSONB, MONEY

metadata = MetaData()


class Mood(str, enum.Enum):
    SAD = 'sad'
    OK = 'ok'
    HAPPY = 'happy'


t_Mixed_Case = Table(
    'Mixed Case', metadata,
    Column('Some Col', Integer),
    Column('class', Text),
    Column('order', Integer)
)

t_self_ref = Table(
    'self_ref', metadata,
    Column('id', Integer, primary_key=True),
    Column('parent_id', Integer),
    ForeignKeyConstraint(['parent_id'], ['self_ref.id'], name='self_ref_parent_id_fkey'),
    PrimaryKeyConstraint('id', name='self_ref_pkey')
)

t_things = Table(
    'things', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('big', BigInteger, nullable=False),
    Column('small', SmallInteger, nullable=False),
    Column('ident_always', Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), nullable=False),
    Column('custom', Integer, Sequence('custom_seq')),
    Column('code', CHAR(3), nullable=False),
    Column('name', String, nullable=False, comment='the name'),
    Column('name2', String(40, 'C')),
    Column('price', Numeric(10, 2), server_default=text('0')),
    Column('ratio', REAL),
    Column('dbl', Double(53)),
    Column('flag', Boolean, server_default=text('true')),
    Column('born', Date),
    Column('at_ts', DateTime, server_default=text('CURRENT_TIMESTAMP')),
    Column('at_tstz', DateTime(True), server_default=text('now()')),
    Column('at_time', Time),
    Column('dur', INTERVAL),
    Column('uid', Uuid, server_default=text('gen_random_uuid()')),
    Column('doc', JSON),
    Column('docb', JSONB, server_default=text("'{}'::jsonb")),
    Column('tags', ARRAY(Text())),
    Column('matrix', ARRAY(Integer())),
    Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), server_default=text("'ok'::mood")),
    Column('pos', DOMAIN('positive_int', INTEGER(), constraint_name='positive_int_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData())),
    Column('ip', INET),
    Column('bits', BIT(8)),
    Column('raw', LargeBinary),
    Column('money_col', MONEY),
    Column('total', Numeric, Computed('(price * (2)::numeric)', persisted=True)),
    Column('lower_name', Text),
    CheckConstraint('price >= 0::numeric', name='things_price_check'),
    PrimaryKeyConstraint('id', name='things_pkey'),
    UniqueConstraint('code', name='things_code_uq'),
    UniqueConstraint('name', 'code', name='things_name_code_key'),
    Index('things_born_idx', 'born'),
    Index('things_lower_idx'),
    Index('things_partial', 'name2', postgresql_where='flag', unique=True)
)

t_children = Table(
    'children', metadata,
    Column('thing_id', Integer, primary_key=True),
    Column('seq', Integer, primary_key=True),
    Column('note', Text),
    ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_thing_id_fkey'),
    PrimaryKeyConstraint('thing_id', 'seq', name='children_pkey')
)
