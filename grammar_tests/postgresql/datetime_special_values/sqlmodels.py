from typing import Optional
import datetime

from sqlalchemy import CheckConstraint, Column, Date, DateTime, Integer, PrimaryKeyConstraint, Time, text
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlmodel import Field, SQLModel

class Schedule(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("starts > '1970-01-01 00:00:00'::timestamp without time zone AND first_day < 'infinity'::date", name='after_epoch'),
        PrimaryKeyConstraint('id', name='schedule_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    starts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('starts', DateTime, server_default=text("'1970-01-01 00:00:00'::timestamp without time zone")))
    starts_tz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('starts_tz', DateTime(True), server_default=text("'1970-01-01 00:00:00+00'::timestamp with time zone")))
    ends: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ends', DateTime(True), server_default=text("'infinity'::timestamp with time zone")))
    first_day: Optional[datetime.date] = Field(default=None, sa_column=Column('first_day', Date, server_default=text("'-infinity'::date")))
    epoch_day: Optional[datetime.date] = Field(default=None, sa_column=Column('epoch_day', Date, server_default=text("'1970-01-01'::date")))
    midnight: Optional[datetime.time] = Field(default=None, sa_column=Column('midnight', Time, server_default=text("'00:00:00'::time without time zone")))
    midnight_tz: Optional[datetime.time] = Field(default=None, sa_column=Column('midnight_tz', Time(True), server_default=text("'00:00:00+00'::time with time zone")))
    offset_dropped: Optional[datetime.datetime] = Field(default=None, sa_column=Column('offset_dropped', DateTime, server_default=text("'1970-01-01 00:00:01'::timestamp without time zone")))
    offset_dropped_ms: Optional[datetime.datetime] = Field(default=None, sa_column=Column('offset_dropped_ms', TIMESTAMP(precision=3), server_default=text("'2000-01-01 10:00:00.5'::timestamp without time zone")))
    typed_literal: Optional[datetime.datetime] = Field(default=None, sa_column=Column('typed_literal', DateTime, server_default=text("'infinity'::timestamp without time zone")))
    runtime_day: Optional[datetime.date] = Field(default=None, sa_column=Column('runtime_day', Date, server_default=text("('now'::text)::date")))
