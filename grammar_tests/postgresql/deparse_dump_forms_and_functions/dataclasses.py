from typing import Optional
import datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Index, Integer, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = 'event'
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("(now() AT TIME ZONE 'utc'::text)"))
    created_utc: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text("timezone('utc'::text, now())"))
    starts_on: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'2000-01-02'::date"))
    not_before: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
    window_end: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text("'2020-02-29 04:30:00+00'::timestamp with time zone"))
    kind: Mapped[Optional[str]] = mapped_column(String(20))
    name: Mapped[Optional[str]] = mapped_column(String(50))
    payload: Mapped[Optional[object]] = mapped_column(JSONB)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=10)))
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(Integer)
