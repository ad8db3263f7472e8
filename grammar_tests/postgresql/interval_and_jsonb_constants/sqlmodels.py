from typing import Optional
import datetime

from sqlalchemy import Column, Integer, JSON, PrimaryKeyConstraint, text
from sqlalchemy.dialects.postgresql import INTERVAL, JSONB
from sqlmodel import Field, SQLModel

class Iv(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='iv_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('a', INTERVAL, server_default=text("'1 day -02:00:00'::interval")))
    b: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('b', INTERVAL, server_default=text("'-1 days +02:00:00'::interval")))
    c: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('c', INTERVAL, server_default=text("'1 mon 15 days'::interval")))
    d: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('d', INTERVAL, server_default=text("'3 years 1 mon'::interval")))
    e: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('e', INTERVAL, server_default=text("'00:01:30.25'::interval")))
    f: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('f', INTERVAL, server_default=text("'-01:30:00'::interval")))
    g: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('g', INTERVAL, server_default=text("'10 years'::interval")))
    h: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('h', INTERVAL, server_default=text("'03:00:00'::interval")))
    k: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('k', INTERVAL, server_default=text("('1 day'::interval * (2)::double precision)")))
    j: Optional[object] = Field(default=None, sa_column=Column('j', JSONB, server_default=text('\'{"e": 100, "n": 1.50, "s": "a\\nbé", "z": 0}\'::jsonb')))
    l: Optional[object] = Field(default=None, sa_column=Column('l', JSONB, server_default=text("'null'::jsonb")))
    m: Optional[object] = Field(default=None, sa_column=Column('m', JSONB, server_default=text('\'"str"\'::jsonb')))
    n: Optional[object] = Field(default=None, sa_column=Column('n', JSONB, server_default=text('\'[1, "2", []]\'::jsonb')))


class Jd(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='jd_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[object] = Field(default=None, sa_column=Column('a', JSONB, server_default=text('\'{"a": [1, 2, {"y": null, "zz": true}], "b": 1, "cc": "x\\"y"}\'::jsonb')))
    b: Optional[object] = Field(default=None, sa_column=Column('b', JSON, server_default=text('\'{"b":1,  "a":2}\'::json')))
    c: Optional[object] = Field(default=None, sa_column=Column('c', JSONB, server_default=text("'[]'::jsonb")))
    d: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('d', INTERVAL, server_default=text("'01:30:00'::interval")))
    e: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('e', INTERVAL, server_default=text("'9 days 03:00:00'::interval")))
    f: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('f', INTERVAL, server_default=text("'2 mons'::interval")))
    g: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('g', INTERVAL, server_default=text("'1 year'::interval")))
    h: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('h', INTERVAL, server_default=text("'-1 days'::interval")))
    k: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('k', INTERVAL, server_default=text("'00:30:00'::interval")))
