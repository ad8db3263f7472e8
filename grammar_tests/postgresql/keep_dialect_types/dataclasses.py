from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BIGINT, BOOLEAN, CHAR, CheckConstraint, Column, Computed, DATE, DOUBLE_PRECISION, Enum, ForeignKeyConstraint, INTEGER, Identity, Index, NUMERIC, PrimaryKeyConstraint, REAL, SMALLINT, Sequence, String, TEXT, Table, UUID, UniqueConstraint, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, BYTEA, CITEXT, DATEMULTIRANGE, DOMAIN, ENUM, HSTORE, INET, INT4MULTIRANGE, INT8RANGE, INTERVAL, JSON, JSONB, MACADDR8, MONEY, NUMMULTIRANGE, NUMRANGE, REGCLASS, REGCONFIG, TIME, TIMESTAMP, TSQUERY, TSRANGE, TSTZRANGE
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Mood(str, enum.Enum):
    SAD = 'sad'
    OK = 'ok'
    HAPPY = 'happy'


t_Mixed_Case = Table(
    'Mixed Case', Base.metadata,
    Column('Some Col', INTEGER),
    Column('class', TEXT),
    Column('order', INTEGER)
)


class SelfRef(Base):
    __tablename__ = 'self_ref'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['self_ref.id'], name='self_ref_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='self_ref_pkey')
    )

    id: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER)

    parent: Mapped[Optional['SelfRef']] = relationship('SelfRef', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['SelfRef']] = relationship('SelfRef', remote_side=[parent_id], back_populates='parent')


class T2(Base):
    __tablename__ = 't2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t2_pkey'),
    )

    id: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    a: Mapped[Optional[object]] = mapped_column(INT8RANGE)
    b: Mapped[Optional[object]] = mapped_column(NUMRANGE)
    c: Mapped[Optional[object]] = mapped_column(TSRANGE)
    d: Mapped[Optional[object]] = mapped_column(TSTZRANGE)
    e: Mapped[Optional[object]] = mapped_column(INT4MULTIRANGE)
    f: Mapped[Optional[object]] = mapped_column(DATEMULTIRANGE)
    g: Mapped[Optional[object]] = mapped_column(NUMMULTIRANGE)
    h: Mapped[Optional[object]] = mapped_column(TSQUERY)
    i: Mapped[Optional[object]] = mapped_column(REGCONFIG)
    j: Mapped[Optional[object]] = mapped_column(REGCLASS)
    k: Mapped[Optional[str]] = mapped_column(String)
    l: Mapped[Optional[str]] = mapped_column(String)
    m: Mapped[Optional[object]] = mapped_column(MACADDR8)
    n: Mapped[Optional[str]] = mapped_column(CITEXT)
    o: Mapped[Optional[object]] = mapped_column(HSTORE(Text()))
    p: Mapped[Optional[decimal.Decimal]] = mapped_column(NUMERIC(5, 0))
    q: Mapped[Optional[decimal.Decimal]] = mapped_column(NUMERIC(7, 3))
    r: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=0))
    s: Mapped[Optional[datetime.time]] = mapped_column(TIME(True, 6))
    t: Mapped[Optional[str]] = mapped_column(VARCHAR)
    u: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(varying=True))
    v: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(fields='year'))
    w: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(2))
    x: Mapped[Optional[float]] = mapped_column(REAL)
    y: Mapped[Optional[float]] = mapped_column(DOUBLE_PRECISION(53))
    z: Mapped[Optional[list[decimal.Decimal]]] = mapped_column(ARRAY(NUMERIC(precision=10, scale=2)))
    aa: Mapped[Optional[list[uuid.UUID]]] = mapped_column(ARRAY(UUID()))
    ab: Mapped[Optional[list[datetime.datetime]]] = mapped_column(ARRAY(TIMESTAMP(timezone=True)))
    ac: Mapped[Optional[list[str]]] = mapped_column(ARRAY(VARCHAR(length=20)))
    ad: Mapped[Optional[str]] = mapped_column(VARCHAR(5, 'C'))
    ae: Mapped[Optional[str]] = mapped_column(TEXT(collation='POSIX'))
    af: Mapped[Optional[object]] = mapped_column(NullType)
    ag: Mapped[Optional[object]] = mapped_column(NullType)
    ah: Mapped[Optional[object]] = mapped_column(NullType)
    ai: Mapped[Optional[object]] = mapped_column(NullType)
    aj: Mapped[Optional[object]] = mapped_column(NullType)


class Things(Base):
    __tablename__ = 'things'
    __table_args__ = (
        CheckConstraint('price >= 0::numeric', name='things_price_check'),
        PrimaryKeyConstraint('id', name='things_pkey'),
        UniqueConstraint('code', name='things_code_uq'),
        UniqueConstraint('name', 'code', name='things_name_code_key'),
        Index('things_born_idx', 'born'),
        Index('things_lower_idx'),
        Index('things_partial', 'name2', postgresql_where='flag', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER, primary_key=True, autoincrement=True)
    big: Mapped[int] = mapped_column(BIGINT, nullable=False)
    small: Mapped[int] = mapped_column(SMALLINT, nullable=False)
    ident_always: Mapped[int] = mapped_column(INTEGER, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), nullable=False)
    code: Mapped[str] = mapped_column(CHAR(3), nullable=False)
    name: Mapped[str] = mapped_column(VARCHAR, nullable=False, comment='the name')
    custom: Mapped[Optional[int]] = mapped_column(INTEGER, Sequence('custom_seq'))
    name2: Mapped[Optional[str]] = mapped_column(VARCHAR(40, 'C'))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(NUMERIC(10, 2), server_default=text('0'))
    ratio: Mapped[Optional[float]] = mapped_column(REAL)
    dbl: Mapped[Optional[float]] = mapped_column(DOUBLE_PRECISION(53))
    flag: Mapped[Optional[bool]] = mapped_column(BOOLEAN, server_default=text('true'))
    born: Mapped[Optional[datetime.date]] = mapped_column(DATE)
    at_ts: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('CURRENT_TIMESTAMP'))
    at_tstz: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(True), server_default=text('now()'))
    at_time: Mapped[Optional[datetime.time]] = mapped_column(TIME)
    dur: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL)
    uid: Mapped[Optional[uuid.UUID]] = mapped_column(UUID, server_default=text('gen_random_uuid()'))
    doc: Mapped[Optional[object]] = mapped_column(JSON)
    docb: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(TEXT()))
    matrix: Mapped[Optional[list[int]]] = mapped_column(ARRAY(INTEGER()))
    m: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), server_default=text("'ok'::mood"))
    pos: Mapped[Optional[int]] = mapped_column(DOMAIN('positive_int', INTEGER(), constraint_name='positive_int_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()))
    ip: Mapped[Optional[object]] = mapped_column(INET)
    bits: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(8))
    raw: Mapped[Optional[bytes]] = mapped_column(BYTEA)
    money_col: Mapped[Optional[object]] = mapped_column(MONEY)
    total: Mapped[Optional[decimal.Decimal]] = mapped_column(NUMERIC, Computed('(price * (2)::numeric)', persisted=True))
    lower_name: Mapped[Optional[str]] = mapped_column(TEXT)

    children: Mapped[list['Children']] = relationship('Children', back_populates='thing')


class Children(Base):
    __tablename__ = 'children'
    __table_args__ = (
        ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_thing_id_fkey'),
        PrimaryKeyConstraint('thing_id', 'seq', name='children_pkey')
    )

    thing_id: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    seq: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(TEXT)

    thing: Mapped['Things'] = relationship('Things', back_populates='children')
