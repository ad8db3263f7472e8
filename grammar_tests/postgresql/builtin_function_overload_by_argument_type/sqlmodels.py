from typing import Optional

from sqlalchemy import CHAR, CheckConstraint, Column, Integer, LargeBinary, PrimaryKeyConstraint, String, TEXT, text
from sqlalchemy.dialects.postgresql import BIT, BYTEA, DOMAIN
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Blob(SQLModel, table=True):
    __table_args__ = (
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

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    data: bytes = Field(sa_column=Column('data', LargeBinary, nullable=False))
    digest: Optional[bytes] = Field(default=None, sa_column=Column('digest', DOMAIN('hash32', BYTEA(), constraint_name='hash32_len', not_null=False, check=text('VALUE IS NULL OR octet_length(VALUE) = 32'), create_type=False, schema=None, metadata=MetaData())))
    flags: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('flags', BIT(8)))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(20)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', CHAR(4)))
    tag: Optional[str] = Field(default=None, sa_column=Column('tag', DOMAIN('label', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())))
