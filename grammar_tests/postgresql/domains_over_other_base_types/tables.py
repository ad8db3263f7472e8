from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, String, Table
from sqlalchemy.dialects.postgresql import BIT, DOMAIN, INT4RANGE, MACADDR, OID, REGCLASS, TSQUERY, TSVECTOR
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', DOMAIN('d1', MACADDR(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('b', DOMAIN('d2', INT4RANGE(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('c', DOMAIN('d3', TSVECTOR(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('d', DOMAIN('d4', OID(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('e', DOMAIN('d5', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('f', DOMAIN('d6', BIT(length=1), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('g', DOMAIN('d7', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('h', DOMAIN('d8', REGCLASS(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    PrimaryKeyConstraint('id', name='t_pkey')
)

t_u = Table(
    'u', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', DOMAIN('d9', BIT(varying=True), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('b', DOMAIN('d10', String(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('c', DOMAIN('d11', TSQUERY(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    Column('d', DOMAIN('d12', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData())),
    PrimaryKeyConstraint('id', name='u_pkey')
)
