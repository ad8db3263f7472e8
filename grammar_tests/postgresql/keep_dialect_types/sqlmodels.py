from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BIGINT, BOOLEAN, CHAR, CheckConstraint, Column, Computed, DATE, DOUBLE_PRECISION, Enum, ForeignKeyConstraint, INTEGER, Identity, Index, NUMERIC, PrimaryKeyConstraint, REAL, SMALLINT, Sequence, String, TEXT, Table, UUID, UniqueConstraint, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, BYTEA, CITEXT, DATEMULTIRANGE, DOMAIN, ENUM, HSTORE, INET, INT4MULTIRANGE, INT8RANGE, INTERVAL, JSON, JSONB, MACADDR8, MONEY, NUMMULTIRANGE, NUMRANGE, REGCLASS, REGCONFIG, TIME, TIMESTAMP, TSQUERY, TSRANGE, TSTZRANGE
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, Relationship, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Mood(str, enum.Enum):
    SAD = 'sad'
    OK = 'ok'
    HAPPY = 'happy'


t_Mixed_Case = Table(
    'Mixed Case', SQLModel.metadata,
    Column('Some Col', INTEGER),
    Column('class', TEXT),
    Column('order', INTEGER)
)


class SelfRef(SQLModel, table=True):
    __tablename__ = 'self_ref'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['self_ref.id'], name='self_ref_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='self_ref_pkey')
    )

    id: int = Field(sa_column=Column('id', INTEGER, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER))

    parent: Optional['SelfRef'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[SelfRef.id]'})
    parent_reverse: list['SelfRef'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[SelfRef.parent_id]'})


class T2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t2_pkey'),
    )

    id: int = Field(sa_column=Column('id', INTEGER, primary_key=True))
    a: Optional[object] = Field(default=None, sa_column=Column('a', INT8RANGE))
    b: Optional[object] = Field(default=None, sa_column=Column('b', NUMRANGE))
    c: Optional[object] = Field(default=None, sa_column=Column('c', TSRANGE))
    d: Optional[object] = Field(default=None, sa_column=Column('d', TSTZRANGE))
    e: Optional[object] = Field(default=None, sa_column=Column('e', INT4MULTIRANGE))
    f: Optional[object] = Field(default=None, sa_column=Column('f', DATEMULTIRANGE))
    g: Optional[object] = Field(default=None, sa_column=Column('g', NUMMULTIRANGE))
    h: Optional[object] = Field(default=None, sa_column=Column('h', TSQUERY))
    i: Optional[object] = Field(default=None, sa_column=Column('i', REGCONFIG))
    j: Optional[object] = Field(default=None, sa_column=Column('j', REGCLASS))
    k: Optional[str] = Field(default=None, sa_column=Column('k', String))
    l: Optional[str] = Field(default=None, sa_column=Column('l', String))
    m: Optional[object] = Field(default=None, sa_column=Column('m', MACADDR8))
    n: Optional[str] = Field(default=None, sa_column=Column('n', CITEXT))
    o: Optional[object] = Field(default=None, sa_column=Column('o', HSTORE(Text())))
    p: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('p', NUMERIC(5, 0)))
    q: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('q', NUMERIC(7, 3)))
    r: Optional[datetime.datetime] = Field(default=None, sa_column=Column('r', TIMESTAMP(precision=0)))
    s: Optional[datetime.time] = Field(default=None, sa_column=Column('s', TIME(True, 6)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', VARCHAR))
    u: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('u', BIT(varying=True)))
    v: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('v', INTERVAL(fields='year')))
    w: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('w', INTERVAL(2)))
    x: Optional[float] = Field(default=None, sa_column=Column('x', REAL))
    y: Optional[float] = Field(default=None, sa_column=Column('y', DOUBLE_PRECISION(53)))
    z: Optional[list[decimal.Decimal]] = Field(default=None, sa_column=Column('z', ARRAY(NUMERIC(precision=10, scale=2))))
    aa: Optional[list[uuid.UUID]] = Field(default=None, sa_column=Column('aa', ARRAY(UUID())))
    ab: Optional[list[datetime.datetime]] = Field(default=None, sa_column=Column('ab', ARRAY(TIMESTAMP(timezone=True))))
    ac: Optional[list[str]] = Field(default=None, sa_column=Column('ac', ARRAY(VARCHAR(length=20))))
    ad: Optional[str] = Field(default=None, sa_column=Column('ad', VARCHAR(5, 'C')))
    ae: Optional[str] = Field(default=None, sa_column=Column('ae', TEXT(collation='POSIX')))
    af: Optional[object] = Field(default=None, sa_column=Column('af', NullType))
    ag: Optional[object] = Field(default=None, sa_column=Column('ag', NullType))
    ah: Optional[object] = Field(default=None, sa_column=Column('ah', NullType))
    ai: Optional[object] = Field(default=None, sa_column=Column('ai', NullType))
    aj: Optional[object] = Field(default=None, sa_column=Column('aj', NullType))


class Things(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('price >= 0::numeric', name='things_price_check'),
        PrimaryKeyConstraint('id', name='things_pkey'),
        UniqueConstraint('code', name='things_code_uq'),
        UniqueConstraint('name', 'code', name='things_name_code_key'),
        Index('things_born_idx', 'born'),
        Index('things_lower_idx'),
        Index('things_partial', 'name2', postgresql_where='flag', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER, primary_key=True, autoincrement=True))
    big: int = Field(sa_column=Column('big', BIGINT, nullable=False))
    small: int = Field(sa_column=Column('small', SMALLINT, nullable=False))
    ident_always: int = Field(sa_column=Column('ident_always', INTEGER, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), nullable=False))
    code: str = Field(sa_column=Column('code', CHAR(3), nullable=False))
    name: str = Field(sa_column=Column('name', VARCHAR, nullable=False, comment='the name'))
    custom: Optional[int] = Field(default=None, sa_column=Column('custom', INTEGER, Sequence('custom_seq')))
    name2: Optional[str] = Field(default=None, sa_column=Column('name2', VARCHAR(40, 'C')))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', NUMERIC(10, 2), server_default=text('0')))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', REAL))
    dbl: Optional[float] = Field(default=None, sa_column=Column('dbl', DOUBLE_PRECISION(53)))
    flag: Optional[bool] = Field(default=None, sa_column=Column('flag', BOOLEAN, server_default=text('true')))
    born: Optional[datetime.date] = Field(default=None, sa_column=Column('born', DATE))
    at_ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at_ts', TIMESTAMP, server_default=text('CURRENT_TIMESTAMP')))
    at_tstz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at_tstz', TIMESTAMP(True), server_default=text('now()')))
    at_time: Optional[datetime.time] = Field(default=None, sa_column=Column('at_time', TIME))
    dur: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('dur', INTERVAL))
    uid: Optional[uuid.UUID] = Field(default=None, sa_column=Column('uid', UUID, server_default=text('gen_random_uuid()')))
    doc: Optional[object] = Field(default=None, sa_column=Column('doc', JSON))
    docb: Optional[object] = Field(default=None, sa_column=Column('docb', JSONB, server_default=text("'{}'::jsonb")))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(TEXT())))
    matrix: Optional[list[int]] = Field(default=None, sa_column=Column('matrix', ARRAY(INTEGER())))
    m: Optional[Mood] = Field(default=None, sa_column=Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), server_default=text("'ok'::mood")))
    pos: Optional[int] = Field(default=None, sa_column=Column('pos', DOMAIN('positive_int', INTEGER(), constraint_name='positive_int_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData())))
    ip: Optional[object] = Field(default=None, sa_column=Column('ip', INET))
    bits: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('bits', BIT(8)))
    raw: Optional[bytes] = Field(default=None, sa_column=Column('raw', BYTEA))
    money_col: Optional[object] = Field(default=None, sa_column=Column('money_col', MONEY))
    total: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('total', NUMERIC, Computed('(price * (2)::numeric)', persisted=True)))
    lower_name: Optional[str] = Field(default=None, sa_column=Column('lower_name', TEXT))

    children: list['Children'] = Relationship(back_populates='thing')


class Children(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_thing_id_fkey'),
        PrimaryKeyConstraint('thing_id', 'seq', name='children_pkey')
    )

    thing_id: int = Field(sa_column=Column('thing_id', INTEGER, primary_key=True))
    seq: int = Field(sa_column=Column('seq', INTEGER, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', TEXT))

    thing: 'Things' = Relationship(back_populates='children')
