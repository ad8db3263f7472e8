from typing import Optional
import datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Integer, PrimaryKeyConstraint, Time, text
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Schedule(Base):
    __tablename__ = 'schedule'
    __table_args__ = (
        CheckConstraint("starts > '1970-01-01 00:00:00'::timestamp without time zone AND first_day < 'infinity'::date", name='after_epoch'),
        PrimaryKeyConstraint('id', name='schedule_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'1970-01-01 00:00:00'::timestamp without time zone"))
    starts_tz: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text("'1970-01-01 00:00:00+00'::timestamp with time zone"))
    ends: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text("'infinity'::timestamp with time zone"))
    first_day: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'-infinity'::date"))
    epoch_day: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'1970-01-01'::date"))
    midnight: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text("'00:00:00'::time without time zone"))
    midnight_tz: Mapped[Optional[datetime.time]] = mapped_column(Time(True), server_default=text("'00:00:00+00'::time with time zone"))
    offset_dropped: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'1970-01-01 00:00:01'::timestamp without time zone"))
    offset_dropped_ms: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3), server_default=text("'2000-01-01 10:00:00.5'::timestamp without time zone"))
    typed_literal: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'infinity'::timestamp without time zone"))
    runtime_day: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("('now'::text)::date"))
