from typing import Optional
import datetime

from sqlalchemy import Integer, JSON, PrimaryKeyConstraint, text
from sqlalchemy.dialects.postgresql import INTERVAL, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Iv(Base):
    __tablename__ = 'iv'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='iv_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'1 day -02:00:00'::interval"))
    b: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'-1 days +02:00:00'::interval"))
    c: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'1 mon 15 days'::interval"))
    d: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'3 years 1 mon'::interval"))
    e: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'00:01:30.25'::interval"))
    f: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'-01:30:00'::interval"))
    g: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'10 years'::interval"))
    h: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'03:00:00'::interval"))
    k: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("('1 day'::interval * (2)::double precision)"))
    j: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text('\'{"e": 100, "n": 1.50, "s": "a\\nbé", "z": 0}\'::jsonb'))
    l: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text("'null'::jsonb"))
    m: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text('\'"str"\'::jsonb'))
    n: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text('\'[1, "2", []]\'::jsonb'))


class Jd(Base):
    __tablename__ = 'jd'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='jd_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text('\'{"a": [1, 2, {"y": null, "zz": true}], "b": 1, "cc": "x\\"y"}\'::jsonb'))
    b: Mapped[Optional[object]] = mapped_column(JSON, server_default=text('\'{"b":1,  "a":2}\'::json'))
    c: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))
    d: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'01:30:00'::interval"))
    e: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'9 days 03:00:00'::interval"))
    f: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'2 mons'::interval"))
    g: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'1 year'::interval"))
    h: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'-1 days'::interval"))
    k: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL, server_default=text("'00:30:00'::interval"))
