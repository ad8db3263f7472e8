from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BigInteger, Boolean, CHAR, Column, Date, DateTime, Double, Integer, LargeBinary, Numeric, PrimaryKeyConstraint, SmallInteger, String, Text, Time, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, INET, MONEY, TIME, TIMESTAMP
from sqlmodel import Field, SQLModel

class D(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='d_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer, server_default=text("'-1'::integer")))
    b: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b', Numeric(5, 2), server_default=text('1.5')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', Text, server_default=text("'it''s'::text")))
    e: Optional[str] = Field(default=None, sa_column=Column('e', Text, server_default=text("'line\nbreak'::text")))
    f: Optional[datetime.datetime] = Field(default=None, sa_column=Column('f', DateTime(True), server_default=text('now()')))
    g: Optional[datetime.datetime] = Field(default=None, sa_column=Column('g', DateTime, server_default=text('CURRENT_TIMESTAMP')))
    h: Optional[datetime.datetime] = Field(default=None, sa_column=Column('h', TIMESTAMP(precision=3), server_default=text('LOCALTIMESTAMP(3)')))
    i: Optional[datetime.date] = Field(default=None, sa_column=Column('i', Date, server_default=text('CURRENT_DATE')))
    j: Optional[uuid.UUID] = Field(default=None, sa_column=Column('j', Uuid, server_default=text('gen_random_uuid()')))
    k: Optional[bool] = Field(default=None, sa_column=Column('k', Boolean, server_default=text('true')))
    l: Optional[str] = Field(default=None, sa_column=Column('l', String(10), server_default=text("'x'::character varying")))
    m: Optional[list[str]] = Field(default=None, sa_column=Column('m', ARRAY(Text()), server_default=text("ARRAY['a'::text, 'b'::text]")))
    n: Optional[list[int]] = Field(default=None, sa_column=Column('n', ARRAY(Integer()), server_default=text("'{1,2}'::integer[]")))
    o: Optional[int] = Field(default=None, sa_column=Column('o', BigInteger, server_default=text("'9223372036854775807'::bigint")))
    p: Optional[int] = Field(default=None, sa_column=Column('p', SmallInteger, server_default=text('1')))
    q: Optional[float] = Field(default=None, sa_column=Column('q', Double(53), server_default=text("'NaN'::double precision")))
    r: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('r', Numeric, server_default=text("'Infinity'::numeric")))
    s: Optional[str] = Field(default=None, sa_column=Column('s', Text, server_default=text('CURRENT_USER')))
    t: Optional[datetime.time] = Field(default=None, sa_column=Column('t', Time, server_default=text("'12:00:00'::time without time zone")))
    v: Optional[object] = Field(default=None, sa_column=Column('v', INET, server_default=text("'127.0.0.1'::inet")))
    w: Optional[object] = Field(default=None, sa_column=Column('w', MONEY, server_default=text('0')))
    x: Optional[str] = Field(default=None, sa_column=Column('x', CHAR(2), server_default=text("'ab'::bpchar")))
    y: Optional[bytes] = Field(default=None, sa_column=Column('y', LargeBinary, server_default=text("'\\x00'::bytea")))
    z: Optional[int] = Field(default=None, sa_column=Column('z', Integer, server_default=text('((1 + 2) * 3)')))


class D2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='d2_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[datetime.time] = Field(default=None, sa_column=Column('a', Time, server_default=text("'09:05:00'::time without time zone")))
    b: Optional[datetime.time] = Field(default=None, sa_column=Column('b', Time, server_default=text("'10:11:12.5'::time without time zone")))
    c: Optional[datetime.datetime] = Field(default=None, sa_column=Column('c', DateTime, server_default=text("'2020-01-02 00:00:00'::timestamp without time zone")))
    d: Optional[datetime.datetime] = Field(default=None, sa_column=Column('d', DateTime, server_default=text("'2020-01-02 03:04:00'::timestamp without time zone")))
    e: Optional[datetime.datetime] = Field(default=None, sa_column=Column('e', TIMESTAMP(precision=3), server_default=text("'2020-01-02 03:04:05.123'::timestamp without time zone")))
    f: Optional[datetime.time] = Field(default=None, sa_column=Column('f', TIME(precision=0), server_default=text("'23:59:59'::time without time zone")))
