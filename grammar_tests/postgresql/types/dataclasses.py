from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Computed, Date, DateTime, Double, Enum, ForeignKeyConstraint, INTEGER, Identity, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint, REAL, Sequence, SmallInteger, String, Table, Text, Time, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, DOMAIN, INET, INTERVAL, JSONB, MONEY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Mood(str, enum.Enum):
    SAD = 'sad'
    OK = 'ok'
    HAPPY = 'happy'


t_Mixed_Case = Table(
    'Mixed Case', Base.metadata,
    Column('Some Col', Integer),
    Column('class', Text),
    Column('order', Integer)
)


class SelfRef(Base):
    __tablename__ = 'self_ref'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['self_ref.id'], name='self_ref_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='self_ref_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(Integer)

    parent: Mapped[Optional['SelfRef']] = relationship('SelfRef', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['SelfRef']] = relationship('SelfRef', remote_side=[parent_id], back_populates='parent')


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

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    big: Mapped[int] = mapped_column(BigInteger, nullable=False)
    small: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    ident_always: Mapped[int] = mapped_column(Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), nullable=False)
    code: Mapped[str] = mapped_column(CHAR(3), nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False, comment='the name')
    custom: Mapped[Optional[int]] = mapped_column(Integer, Sequence('custom_seq'))
    name2: Mapped[Optional[str]] = mapped_column(String(40, 'C'))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2), server_default=text('0'))
    ratio: Mapped[Optional[float]] = mapped_column(REAL)
    dbl: Mapped[Optional[float]] = mapped_column(Double(53))
    flag: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('true'))
    born: Mapped[Optional[datetime.date]] = mapped_column(Date)
    at_ts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('CURRENT_TIMESTAMP'))
    at_tstz: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))
    at_time: Mapped[Optional[datetime.time]] = mapped_column(Time)
    dur: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL)
    uid: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid, server_default=text('gen_random_uuid()'))
    doc: Mapped[Optional[object]] = mapped_column(JSON)
    docb: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    matrix: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    m: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), server_default=text("'ok'::mood"))
    pos: Mapped[Optional[int]] = mapped_column(DOMAIN('positive_int', INTEGER(), constraint_name='positive_int_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()))
    ip: Mapped[Optional[object]] = mapped_column(INET)
    bits: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(8))
    raw: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    money_col: Mapped[Optional[object]] = mapped_column(MONEY)
    total: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, Computed('(price * (2)::numeric)', persisted=True))
    lower_name: Mapped[Optional[str]] = mapped_column(Text)

    children: Mapped[list['Children']] = relationship('Children', back_populates='thing')


class Children(Base):
    __tablename__ = 'children'
    __table_args__ = (
        ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_thing_id_fkey'),
        PrimaryKeyConstraint('thing_id', 'seq', name='children_pkey')
    )

    thing_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)

    thing: Mapped['Things'] = relationship('Things', back_populates='children')
