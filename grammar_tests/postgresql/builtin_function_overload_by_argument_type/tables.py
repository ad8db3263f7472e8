from sqlalchemy import CHAR, CheckConstraint, Column, Integer, LargeBinary, MetaData, PrimaryKeyConstraint, String, TEXT, Table, text
from sqlalchemy.dialects.postgresql import BIT, BYTEA, DOMAIN

metadata = MetaData()


t_blob = Table(
    'blob', metadata,
    Column('id', Integer, primary_key=True),
    Column('data', LargeBinary, nullable=False),
    Column('digest', DOMAIN('hash32', BYTEA(), constraint_name='hash32_len', not_null=False, check=text('VALUE IS NULL OR octet_length(VALUE) = 32'), create_type=False, schema=None, metadata=MetaData())),
    Column('flags', BIT(8)),
    Column('name', String(20)),
    Column('code', CHAR(4)),
    Column('tag', DOMAIN('label', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())),
    CheckConstraint("btrim(data, '\\x00'::bytea) IS NOT NULL", name='blob_trim'),
    CheckConstraint('char_length(code) = 4', name='blob_code_len'),
    CheckConstraint('length(digest::bytea) = 32', name='blob_digest_len'),
    CheckConstraint('length(flags) = 8', name='blob_flags_len'),
    CheckConstraint("md5(data) <> md5('x'::text)", name='blob_md5'),
    CheckConstraint('octet_length(data) < 1024', name='blob_data_len'),
    CheckConstraint('octet_length(name::text) > 0', name='blob_name_len'),
    CheckConstraint('octet_length(tag::text) < 10', name='blob_tag_len'),
    CheckConstraint('sha256(data) IS NOT NULL', name='blob_sha'),
    CheckConstraint('substr(data, 1, 2) IS NOT NULL', name='blob_prefix'),
    PrimaryKeyConstraint('id', name='blob_pkey')
)
