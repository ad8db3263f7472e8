from sqlalchemy import CHAR, Column, INTEGER, Integer, MetaData, NUMERIC, PrimaryKeyConstraint, TEXT, Table, VARCHAR, text
from sqlalchemy.dialects.postgresql import DOMAIN

metadata = MetaData()


t_film = Table(
    'film', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('released', DOMAIN('year', INTEGER(), constraint_name='year_check', not_null=False, check=text('VALUE >= 1901 AND VALUE <= 2155'), create_type=False, schema=None, metadata=MetaData())),
    Column('code', DOMAIN('code', VARCHAR(collation='default'), 'default', constraint_name='code_check', not_null=False, check=text("VALUE::text ~ '^[A-Z]+$'::text AND length(VALUE::text) > 1"), create_type=False, schema=None, metadata=MetaData())),
    Column('price', DOMAIN('amount', NUMERIC(), constraint_name='amount_check', not_null=False, check=text('VALUE >= 0::numeric'), create_type=False, schema=None, metadata=MetaData())),
    Column('flag', DOMAIN('flag', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('label', DOMAIN('label', TEXT(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    PrimaryKeyConstraint('id', name='film_pkey')
)
