from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Date, DateTime, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import ARRAY, INTERVAL, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class C(Base):
    __tablename__ = 'c'
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    n: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2))
    d: Mapped[Optional[datetime.date]] = mapped_column(Date)
    e: Mapped[Optional[datetime.date]] = mapped_column(Date)
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    tz: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
    j: Mapped[Optional[object]] = mapped_column(JSONB)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    iv: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL)
