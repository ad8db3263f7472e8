from typing import Optional
import datetime

from sqlalchemy import CheckConstraint, Column, Date, DateTime, Index, Integer, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

class Event(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("jsonb_typeof(payload) = 'object'::text", name='event_payload_check'),
        CheckConstraint("kind::text = ANY (ARRAY['x'::character varying::text, 'y'::character varying::text])", name='event_kind_check'),
        CheckConstraint("not_before > '2000-01-01 00:00:00+00'::timestamp with time zone", name='event_not_before_check'),
        CheckConstraint('num_nonnulls(a, b) = 1', name='event_one_of'),
        PrimaryKeyConstraint('id', name='event_pkey'),
        Index('event_kind_idx', 'id', postgresql_where="((kind)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]))"),
        Index('event_name_idx', 'id', postgresql_where='(length((name)::text) > 3)'),
        Index('event_tags_idx', 'id', postgresql_where="(tags @> ARRAY['a'::character varying])")
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_at', DateTime, server_default=text("(now() AT TIME ZONE 'utc'::text)")))
    created_utc: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_utc', DateTime(True), server_default=text("timezone('utc'::text, now())")))
    starts_on: Optional[datetime.date] = Field(default=None, sa_column=Column('starts_on', Date, server_default=text("'2000-01-02'::date")))
    not_before: Optional[datetime.datetime] = Field(default=None, sa_column=Column('not_before', DateTime(True)))
    window_end: Optional[datetime.datetime] = Field(default=None, sa_column=Column('window_end', DateTime(True), server_default=text("'2020-02-29 04:30:00+00'::timestamp with time zone")))
    kind: Optional[str] = Field(default=None, sa_column=Column('kind', String(20)))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(50)))
    payload: Optional[object] = Field(default=None, sa_column=Column('payload', JSONB))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(String(length=10))))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))
