from sqlalchemy import BIGINT, BOOLEAN, CHAR, Column, DOUBLE_PRECISION, INTEGER, Integer, MetaData, NUMERIC, PrimaryKeyConstraint, TEXT, Table, UUID, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN, ENUM, TIMESTAMP

metadata = MetaData()


t_profile = Table(
    'profile', metadata,
    Column('id', Integer, primary_key=True),
    Column('born', DOMAIN('year', INTEGER(), constraint_name='year_check', not_null=False, check=text('VALUE >= 1901 AND VALUE <= 2155'), create_type=False, schema=None, metadata=MetaData())),
    Column('mail', DOMAIN('email', TEXT(collation='default'), 'default', constraint_name='email_check', not_null=True, check=text("VALUE ~ '^.+@.+$'::text"), create_type=False, schema=None, metadata=MetaData()), nullable=False),
    Column('ref', DOMAIN('code', VARCHAR(collation='C'), 'C', default="'x'::character varying", not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text("'x'::character varying")),
    Column('credit', DOMAIN('amount', NUMERIC(), default='0', constraint_name='amount_check', not_null=False, check=text('VALUE >= 0::numeric'), create_type=False, schema=None, metadata=MetaData()), server_default=text('0')),
    Column('mood_now', DOMAIN('feeling', ENUM('a', 'b', name='mood'), default="'a'::mood", not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text("'a'::mood")),
    Column('seen', DOMAIN('moment', TIMESTAMP(timezone=True), default='now()', not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('now()')),
    Column('active', DOMAIN('flag', BOOLEAN(), default='false', not_null=True, create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('false')),
    Column('home', DOMAIN('country', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('parent', DOMAIN('positive_id', BIGINT(), constraint_name='positive_id_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), server_default=text('1')),
    Column('external', DOMAIN('external_id', UUID(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('score', DOMAIN('ratio', DOUBLE_PRECISION(precision=53), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('tags', DOMAIN('labels', ARRAY(TEXT(collation='default')), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    PrimaryKeyConstraint('id', name='profile_pkey')
)
