from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Column, Date, DateTime, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import ARRAY, INTERVAL, JSONB
from sqlmodel import Field, SQLModel

class C(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('(d + 7) > e', name='c_check1'),
        CheckConstraint('(e - d) > 3', name='c_check'),
        CheckConstraint("(j -> 'x'::text) IS NOT NULL", name='c_j_check3'),
        CheckConstraint("(j ->> 'k'::text) <> ''::text", name='c_j_check'),
        CheckConstraint("(ts - '1 day'::interval) < now()", name='c_ts_check'),
        CheckConstraint('EXTRACT(year FROM d) > 2000::numeric', name='c_d_check'),
        CheckConstraint("age(ts) < '1 year'::interval", name='c_ts_check2'),
        CheckConstraint('array_length(tags, 1) < 5', name='c_tags_check1'),
        CheckConstraint("date_trunc('day'::text, ts) = ts", name='c_ts_check1'),
        CheckConstraint('floor(n) = n', name='c_n_check2'),
        CheckConstraint("iv < '01:00:00'::interval", name='c_iv_check'),
        CheckConstraint("j ? 'k'::text", name='c_j_check1'),
        CheckConstraint('j @> \'{"a": 1}\'::jsonb', name='c_j_check2'),
        CheckConstraint('round(a::double precision) > 1::double precision', name='c_a_check'),
        CheckConstraint('round(n) > 0::numeric', name='c_n_check'),
        CheckConstraint('round(n, 1) < 100::numeric', name='c_n_check1'),
        CheckConstraint("tags[1] <> 'x'::text", name='c_tags_check'),
        CheckConstraint("tz > (now() - '30 days'::interval)", name='c_tz_check'),
        PrimaryKeyConstraint('id', name='c_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    n: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n', Numeric(8, 2)))
    d: Optional[datetime.date] = Field(default=None, sa_column=Column('d', Date))
    e: Optional[datetime.date] = Field(default=None, sa_column=Column('e', Date))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', DateTime))
    tz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('tz', DateTime(True)))
    j: Optional[object] = Field(default=None, sa_column=Column('j', JSONB))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
    iv: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('iv', INTERVAL))
