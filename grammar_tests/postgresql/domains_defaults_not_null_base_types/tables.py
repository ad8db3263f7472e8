from sqlalchemy import BIGINT, BOOLEAN, CHAR, Column, DATE, DOUBLE_PRECISION, INTEGER, Integer, MetaData, NUMERIC, PrimaryKeyConstraint, REAL, SMALLINT, TEXT, Table, UUID, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, BYTEA, DOMAIN, INET, INTERVAL, JSON, JSONB, TIME, TIMESTAMP

metadata = MetaData()


t_arrays = Table(
    'arrays', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('a', ARRAY(DOMAIN('label2', VARCHAR(collation='default')))),
    Column('b', ARRAY(DOMAIN('code2', TEXT(collation='default')))),
    Column('c', ARRAY(DOMAIN('stamp2', TIMESTAMP(timezone=True)))),
    PrimaryKeyConstraint('id', name='arrays_pkey')
)

t_bases = Table(
    'bases', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('a', DOMAIN('d_int', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('b', DOMAIN('d_big', BIGINT(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('c', DOMAIN('d_small', SMALLINT(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('d', DOMAIN('d_num', NUMERIC(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('e', DOMAIN('d_bool', BOOLEAN(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('f', DOMAIN('d_date', DATE(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('g', DOMAIN('d_ts', TIMESTAMP(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('h', DOMAIN('d_tstz', TIMESTAMP(timezone=True), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('i', DOMAIN('d_ts3', TIMESTAMP(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('j', DOMAIN('d_time', TIME(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('k', DOMAIN('d_uuid', UUID(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('l', DOMAIN('d_jsonb', JSONB(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('m', DOMAIN('d_json', JSON(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('n', DOMAIN('d_bytea', BYTEA(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('o', DOMAIN('d_float', DOUBLE_PRECISION(precision=53), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('p', DOMAIN('d_real', REAL(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('q', DOMAIN('d_interval', INTERVAL(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('r', DOMAIN('d_inet', INET(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('s', DOMAIN('d_char', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    PrimaryKeyConstraint('id', name='bases_pkey')
)

t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('n', DOMAIN('posint', INTEGER(), default='1', constraint_name='posint_check', not_null=True, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('1')),
    Column('m', DOMAIN('posint', INTEGER(), default='1', constraint_name='posint_check', not_null=True, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('5')),
    Column('l', DOMAIN('label', VARCHAR(collation='default'), 'default', default="'none'::character varying", constraint_name='label_a', not_null=True, check=text('length(VALUE::text) < 20'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text("'none'::character varying")),
    Column('c', DOMAIN('code', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema='s', metadata=MetaData())),
    Column('at', DOMAIN('stamp', TIMESTAMP(timezone=True), default='now()', not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('now()')),
    Column('nums', ARRAY(DOMAIN('posint', INTEGER()))),
    PrimaryKeyConstraint('id', name='t_pkey')
)
