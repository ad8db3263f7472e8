from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, Double, Index, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, TIMESTAMP
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('cost > 0::numeric(5,2)', name='item_cost_check'),
        CheckConstraint("long_code::character varying(5)::text <> 'x'::text", name='item_long_code_check'),
        CheckConstraint("short_code::text <> ''::text", name='item_short_code_check'),
        CheckConstraint('size > 0', name='item_size_check'),
        CheckConstraint('weight::numeric(5,2) > 1::numeric', name='item_weight_check'),
        PrimaryKeyConstraint('id', name='item_pkey'),
        Index('item_long_code_idx', 'id', postgresql_where="(((long_code)::character varying(5))::text <> 'x'::text)"),
        Index('item_short_code_idx', 'id', postgresql_where="((short_code)::text <> ''::text)")
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(10), server_default=text("'abc'::character varying(5)")))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(10), server_default=text('NULL::character varying(5)')))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(8, 2), server_default=text('(5)::numeric(5,2)')))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text, server_default=text('NULL::character varying(5)')))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', Integer, server_default=text('NULL::bigint')))
    grade: Optional[str] = Field(default=None, sa_column=Column('grade', CHAR(3), server_default=text("'ab'::character(3)")))
    stamp: Optional[datetime.datetime] = Field(default=None, sa_column=Column('stamp', TIMESTAMP(precision=3), server_default=text("'2000-01-01 00:00:00'::timestamp(3) without time zone")))
    moment: Optional[datetime.datetime] = Field(default=None, sa_column=Column('moment', TIMESTAMP(True, 0), server_default=text('(now())::timestamp(0) with time zone')))
    ids: Optional[list[int]] = Field(default=None, sa_column=Column('ids', ARRAY(BigInteger()), server_default=text('ARRAY[(1)::bigint, (2)::bigint]')))
    names: Optional[list[str]] = Field(default=None, sa_column=Column('names', ARRAY(String(length=5)), server_default=text("ARRAY['a'::character varying(5), 'b'::character varying(5)]")))
    empty_names: Optional[list[str]] = Field(default=None, sa_column=Column('empty_names', ARRAY(String(length=5)), server_default=text('ARRAY[]::character varying[]')))
    no_names: Optional[list[str]] = Field(default=None, sa_column=Column('no_names', ARRAY(String(length=5)), server_default=text('(ARRAY[]::character varying[])::character varying(5)[]')))
    amounts: Optional[list[decimal.Decimal]] = Field(default=None, sa_column=Column('amounts', ARRAY(Numeric()), server_default=text('ARRAY[1.5, (2)::numeric]')))
    first_id: Optional[int] = Field(default=None, sa_column=Column('first_id', BigInteger, server_default=text('(ARRAY[(1)::bigint, (2)::bigint])[1]')))
    weight: Optional[float] = Field(default=None, sa_column=Column('weight', Double(53)))
    size: Optional[int] = Field(default=None, sa_column=Column('size', Integer))
    short_code: Optional[str] = Field(default=None, sa_column=Column('short_code', String(5)))
    long_code: Optional[str] = Field(default=None, sa_column=Column('long_code', String(10)))
    cost: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('cost', Numeric(5, 2)))
