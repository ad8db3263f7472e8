from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Computed, Date, DateTime, Double, Enum, ForeignKeyConstraint, INTEGER, Identity, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint, REAL, Sequence, SmallInteger, String, Table, Text, Time, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, DOMAIN, INET, INTERVAL, JSONB, MONEY
from sqlmodel import Field, Relationship, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Mood(str, enum.Enum):
    SAD = 'sad'
    OK = 'ok'
    HAPPY = 'happy'


t_Mixed_Case = Table(
    'Mixed Case', SQLModel.metadata,
    Column('Some Col', Integer),
    Column('class', Text),
    Column('order', Integer)
)


class SelfRef(SQLModel, table=True):
    __tablename__ = 'self_ref'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['self_ref.id'], name='self_ref_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='self_ref_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', Integer))

    parent: Optional['SelfRef'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[SelfRef.id]'})
    parent_reverse: list['SelfRef'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[SelfRef.parent_id]'})


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

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    big: int = Field(sa_column=Column('big', BigInteger, nullable=False))
    small: int = Field(sa_column=Column('small', SmallInteger, nullable=False))
    ident_always: int = Field(sa_column=Column('ident_always', Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), nullable=False))
    code: str = Field(sa_column=Column('code', CHAR(3), nullable=False))
    name: str = Field(sa_column=Column('name', String, nullable=False, comment='the name'))
    custom: Optional[int] = Field(default=None, sa_column=Column('custom', Integer, Sequence('custom_seq')))
    name2: Optional[str] = Field(default=None, sa_column=Column('name2', String(40, 'C')))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(10, 2), server_default=text('0')))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', REAL))
    dbl: Optional[float] = Field(default=None, sa_column=Column('dbl', Double(53)))
    flag: Optional[bool] = Field(default=None, sa_column=Column('flag', Boolean, server_default=text('true')))
    born: Optional[datetime.date] = Field(default=None, sa_column=Column('born', Date))
    at_ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at_ts', DateTime, server_default=text('CURRENT_TIMESTAMP')))
    at_tstz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at_tstz', DateTime(True), server_default=text('now()')))
    at_time: Optional[datetime.time] = Field(default=None, sa_column=Column('at_time', Time))
    dur: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('dur', INTERVAL))
    uid: Optional[uuid.UUID] = Field(default=None, sa_column=Column('uid', Uuid, server_default=text('gen_random_uuid()')))
    doc: Optional[object] = Field(default=None, sa_column=Column('doc', JSON))
    docb: Optional[object] = Field(default=None, sa_column=Column('docb', JSONB, server_default=text("'{}'::jsonb")))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
    matrix: Optional[list[int]] = Field(default=None, sa_column=Column('matrix', ARRAY(Integer())))
    m: Optional[Mood] = Field(default=None, sa_column=Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), server_default=text("'ok'::mood")))
    pos: Optional[int] = Field(default=None, sa_column=Column('pos', DOMAIN('positive_int', INTEGER(), constraint_name='positive_int_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData())))
    ip: Optional[object] = Field(default=None, sa_column=Column('ip', INET))
    bits: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('bits', BIT(8)))
    raw: Optional[bytes] = Field(default=None, sa_column=Column('raw', LargeBinary))
    money_col: Optional[object] = Field(default=None, sa_column=Column('money_col', MONEY))
    total: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('total', Numeric, Computed('(price * (2)::numeric)', persisted=True)))
    lower_name: Optional[str] = Field(default=None, sa_column=Column('lower_name', Text))

    children: list['Children'] = Relationship(back_populates='thing')


class Children(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_thing_id_fkey'),
        PrimaryKeyConstraint('thing_id', 'seq', name='children_pkey')
    )

    thing_id: int = Field(sa_column=Column('thing_id', Integer, primary_key=True))
    seq: int = Field(sa_column=Column('seq', Integer, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    thing: 'Things' = Relationship(back_populates='children')
