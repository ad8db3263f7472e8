from typing import Optional

from sqlalchemy import CHAR, CheckConstraint, Integer, LargeBinary, PrimaryKeyConstraint, String, TEXT, text
from sqlalchemy.dialects.postgresql import BIT, BYTEA, DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Blob(Base):
    __tablename__ = 'blob'
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    digest: Mapped[Optional[bytes]] = mapped_column(DOMAIN('hash32', BYTEA(), constraint_name='hash32_len', not_null=False, check=text('VALUE IS NULL OR octet_length(VALUE) = 32'), create_type=False, schema=None, metadata=MetaData()))
    flags: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(8))
    name: Mapped[Optional[str]] = mapped_column(String(20))
    code: Mapped[Optional[str]] = mapped_column(CHAR(4))
    tag: Mapped[Optional[str]] = mapped_column(DOMAIN('label', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData()))
