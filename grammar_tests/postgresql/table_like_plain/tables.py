from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, Identity, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, SMALLINT, String, Table, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('ref', String(12), nullable=False, comment='external reference'),
    Column('label', Text(collation='C'), server_default=text("'none'::text")),
    Column('amount', Numeric(8, 3), nullable=False, server_default=text('0')),
    Column('discount', DOMAIN('percent', SMALLINT(), constraint_name='percent_check', not_null=False, check=text('VALUE >= 0 AND VALUE <= 100'), create_type=False, schema=None, metadata=MetaData())),
    Column('lines', ARRAY(Integer())),
    Column('seq', BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False),
    Column('doubled', Numeric, Computed('(amount * (2)::numeric)', persisted=True)),
    CheckConstraint('amount >= 0::numeric', name='orders_amount_check'),
    PrimaryKeyConstraint('id', name='orders_pkey'),
    UniqueConstraint('ref', name='orders_ref_key'),
    Index('orders_label_idx', 'label')
)

t_orders_archive = Table(
    'orders_archive', metadata,
    Column('id', Integer, nullable=False),
    Column('ref', String(12), nullable=False),
    Column('label', Text(collation='C')),
    Column('amount', Numeric(8, 3), nullable=False),
    Column('discount', DOMAIN('percent', SMALLINT(), constraint_name='percent_check', not_null=False, check=text('VALUE >= 0 AND VALUE <= 100'), create_type=False, schema=None, metadata=MetaData())),
    Column('lines', ARRAY(Integer())),
    Column('seq', BigInteger, nullable=False),
    Column('doubled', Numeric)
)
