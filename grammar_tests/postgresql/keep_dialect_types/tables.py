import enum

from sqlalchemy import BIGINT, BOOLEAN, CHAR, CheckConstraint, Column, Computed, DATE, DOUBLE_PRECISION, Enum, ForeignKeyConstraint, INTEGER, Identity, Index, MetaData, NUMERIC, PrimaryKeyConstraint, REAL, SMALLINT, Sequence, String, TEXT, Table, UUID, UniqueConstraint, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, BYTEA, CITEXT, DATEMULTIRANGE, DOMAIN, ENUM, HSTORE, INET, INT4MULTIRANGE, INT8RANGE, INTERVAL, JSON, JSONB, MACADDR8, MONEY, NUMMULTIRANGE, NUMRANGE, REGCLASS, REGCONFIG, TIME, TIMESTAMP, TSQUERY, TSRANGE, TSTZRANGE
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class Mood(str, enum.Enum):
    SAD = 'sad'
    OK = 'ok'
    HAPPY = 'happy'


t_Mixed_Case = Table(
    'Mixed Case', metadata,
    Column('Some Col', INTEGER),
    Column('class', TEXT),
    Column('order', INTEGER)
)

t_self_ref = Table(
    'self_ref', metadata,
    Column('id', INTEGER, primary_key=True),
    Column('parent_id', INTEGER),
    ForeignKeyConstraint(['parent_id'], ['self_ref.id'], name='self_ref_parent_id_fkey'),
    PrimaryKeyConstraint('id', name='self_ref_pkey')
)

t_t2 = Table(
    't2', metadata,
    Column('id', INTEGER, primary_key=True),
    Column('a', INT8RANGE),
    Column('b', NUMRANGE),
    Column('c', TSRANGE),
    Column('d', TSTZRANGE),
    Column('e', INT4MULTIRANGE),
    Column('f', DATEMULTIRANGE),
    Column('g', NUMMULTIRANGE),
    Column('h', TSQUERY),
    Column('i', REGCONFIG),
    Column('j', REGCLASS),
    Column('k', String),
    Column('l', String),
    Column('m', MACADDR8),
    Column('n', CITEXT),
    Column('o', HSTORE(Text())),
    Column('p', NUMERIC(5, 0)),
    Column('q', NUMERIC(7, 3)),
    Column('r', TIMESTAMP(precision=0)),
    Column('s', TIME(True, 6)),
    Column('t', VARCHAR),
    Column('u', BIT(varying=True)),
    Column('v', INTERVAL(fields='year')),
    Column('w', INTERVAL(2)),
    Column('x', REAL),
    Column('y', DOUBLE_PRECISION(53)),
    Column('z', ARRAY(NUMERIC(precision=10, scale=2))),
    Column('aa', ARRAY(UUID())),
    Column('ab', ARRAY(TIMESTAMP(timezone=True))),
    Column('ac', ARRAY(VARCHAR(length=20))),
    Column('ad', VARCHAR(5, 'C')),
    Column('ae', TEXT(collation='POSIX')),
    Column('af', NullType),
    Column('ag', NullType),
    Column('ah', NullType),
    Column('ai', NullType),
    Column('aj', NullType),
    PrimaryKeyConstraint('id', name='t2_pkey')
)

t_things = Table(
    'things', metadata,
    Column('id', INTEGER, primary_key=True, autoincrement=True),
    Column('big', BIGINT, nullable=False),
    Column('small', SMALLINT, nullable=False),
    Column('ident_always', INTEGER, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), nullable=False),
    Column('custom', INTEGER, Sequence('custom_seq')),
    Column('code', CHAR(3), nullable=False),
    Column('name', VARCHAR, nullable=False, comment='the name'),
    Column('name2', VARCHAR(40, 'C')),
    Column('price', NUMERIC(10, 2), server_default=text('0')),
    Column('ratio', REAL),
    Column('dbl', DOUBLE_PRECISION(53)),
    Column('flag', BOOLEAN, server_default=text('true')),
    Column('born', DATE),
    Column('at_ts', TIMESTAMP, server_default=text('CURRENT_TIMESTAMP')),
    Column('at_tstz', TIMESTAMP(True), server_default=text('now()')),
    Column('at_time', TIME),
    Column('dur', INTERVAL),
    Column('uid', UUID, server_default=text('gen_random_uuid()')),
    Column('doc', JSON),
    Column('docb', JSONB, server_default=text("'{}'::jsonb")),
    Column('tags', ARRAY(TEXT())),
    Column('matrix', ARRAY(INTEGER())),
    Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), server_default=text("'ok'::mood")),
    Column('pos', DOMAIN('positive_int', INTEGER(), constraint_name='positive_int_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData())),
    Column('ip', INET),
    Column('bits', BIT(8)),
    Column('raw', BYTEA),
    Column('money_col', MONEY),
    Column('total', NUMERIC, Computed('(price * (2)::numeric)', persisted=True)),
    Column('lower_name', TEXT),
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
    Column('thing_id', INTEGER, primary_key=True),
    Column('seq', INTEGER, primary_key=True),
    Column('note', TEXT),
    ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_thing_id_fkey'),
    PrimaryKeyConstraint('thing_id', 'seq', name='children_pkey')
)
