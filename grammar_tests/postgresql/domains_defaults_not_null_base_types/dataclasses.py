from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BIGINT, BOOLEAN, CHAR, DATE, DOUBLE_PRECISION, INTEGER, Integer, NUMERIC, PrimaryKeyConstraint, REAL, SMALLINT, TEXT, UUID, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, BYTEA, DOMAIN, INET, INTERVAL, JSON, JSONB, TIME, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Arrays(Base):
    __tablename__ = 'arrays'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='arrays_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    a: Mapped[Optional[list[str]]] = mapped_column(ARRAY(DOMAIN('label2', VARCHAR(collation='default'))))
    b: Mapped[Optional[list[str]]] = mapped_column(ARRAY(DOMAIN('code2', TEXT(collation='default'))))
    c: Mapped[Optional[list[datetime.datetime]]] = mapped_column(ARRAY(DOMAIN('stamp2', TIMESTAMP(timezone=True))))


class Bases(Base):
    __tablename__ = 'bases'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='bases_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    a: Mapped[Optional[int]] = mapped_column(DOMAIN('d_int', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    b: Mapped[Optional[int]] = mapped_column(DOMAIN('d_big', BIGINT(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    c: Mapped[Optional[int]] = mapped_column(DOMAIN('d_small', SMALLINT(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    d: Mapped[Optional[decimal.Decimal]] = mapped_column(DOMAIN('d_num', NUMERIC(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    e: Mapped[Optional[bool]] = mapped_column(DOMAIN('d_bool', BOOLEAN(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    f: Mapped[Optional[datetime.date]] = mapped_column(DOMAIN('d_date', DATE(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    g: Mapped[Optional[datetime.datetime]] = mapped_column(DOMAIN('d_ts', TIMESTAMP(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    h: Mapped[Optional[datetime.datetime]] = mapped_column(DOMAIN('d_tstz', TIMESTAMP(timezone=True), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    i: Mapped[Optional[datetime.datetime]] = mapped_column(DOMAIN('d_ts3', TIMESTAMP(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    j: Mapped[Optional[datetime.time]] = mapped_column(DOMAIN('d_time', TIME(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    k: Mapped[Optional[uuid.UUID]] = mapped_column(DOMAIN('d_uuid', UUID(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    l: Mapped[Optional[object]] = mapped_column(DOMAIN('d_jsonb', JSONB(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    m: Mapped[Optional[object]] = mapped_column(DOMAIN('d_json', JSON(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    n: Mapped[Optional[bytes]] = mapped_column(DOMAIN('d_bytea', BYTEA(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    o: Mapped[Optional[float]] = mapped_column(DOMAIN('d_float', DOUBLE_PRECISION(precision=53), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    p: Mapped[Optional[float]] = mapped_column(DOMAIN('d_real', REAL(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    q: Mapped[Optional[datetime.timedelta]] = mapped_column(DOMAIN('d_interval', INTERVAL(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    r: Mapped[Optional[object]] = mapped_column(DOMAIN('d_inet', INET(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    s: Mapped[Optional[str]] = mapped_column(DOMAIN('d_char', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData()))


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    n: Mapped[int] = mapped_column(DOMAIN('posint', INTEGER(), default='1', constraint_name='posint_check', not_null=True, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('1'))
    m: Mapped[int] = mapped_column(DOMAIN('posint', INTEGER(), default='1', constraint_name='posint_check', not_null=True, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('5'))
    l: Mapped[str] = mapped_column(DOMAIN('label', VARCHAR(collation='default'), 'default', default="'none'::character varying", constraint_name='label_a', not_null=True, check=text('length(VALUE::text) < 20'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text("'none'::character varying"))
    c: Mapped[Optional[str]] = mapped_column(DOMAIN('code', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema='s', metadata=MetaData()))
    at: Mapped[Optional[datetime.datetime]] = mapped_column(DOMAIN('stamp', TIMESTAMP(timezone=True), default='now()', not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('now()'))
    nums: Mapped[Optional[list[int]]] = mapped_column(ARRAY(DOMAIN('posint', INTEGER())))
