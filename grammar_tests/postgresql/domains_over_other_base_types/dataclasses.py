from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, String
from sqlalchemy.dialects.postgresql import BIT, DOMAIN, INT4RANGE, MACADDR, OID, REGCLASS, TSQUERY, TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[object]] = mapped_column(DOMAIN('d1', MACADDR(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    b: Mapped[Optional[object]] = mapped_column(DOMAIN('d2', INT4RANGE(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    c: Mapped[Optional[object]] = mapped_column(DOMAIN('d3', TSVECTOR(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    d: Mapped[Optional[object]] = mapped_column(DOMAIN('d4', OID(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    e: Mapped[Optional[object]] = mapped_column(DOMAIN('d5', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    f: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(DOMAIN('d6', BIT(length=1), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    g: Mapped[Optional[object]] = mapped_column(DOMAIN('d7', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    h: Mapped[Optional[object]] = mapped_column(DOMAIN('d8', REGCLASS(), not_null=False, create_type=False, schema=None, metadata=MetaData()))


class U(Base):
    __tablename__ = 'u'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='u_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(DOMAIN('d9', BIT(varying=True), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    b: Mapped[Optional[str]] = mapped_column(DOMAIN('d10', String(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData()))
    c: Mapped[Optional[object]] = mapped_column(DOMAIN('d11', TSQUERY(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    d: Mapped[Optional[object]] = mapped_column(DOMAIN('d12', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
