from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime, Integer, PrimaryKeyConstraint, Time, text
from sqlalchemy.dialects.postgresql import INTERVAL, TIME, TIMESTAMP
from sqlmodel import Field, SQLModel

class Events(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='events_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    day: datetime.date = Field(sa_column=Column('day', Date, nullable=False, server_default=text('CURRENT_DATE')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    created_at_tz: datetime.datetime = Field(sa_column=Column('created_at_tz', DateTime(True), nullable=False, server_default=text('now()')))
    starts_at: Optional[datetime.time] = Field(default=None, sa_column=Column('starts_at', Time))
    starts_at_tz: Optional[datetime.time] = Field(default=None, sa_column=Column('starts_at_tz', Time(True)))
    starts_precise: Optional[datetime.time] = Field(default=None, sa_column=Column('starts_precise', TIME(precision=3)))
    logged_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('logged_at', TIMESTAMP(precision=0), server_default=text('LOCALTIMESTAMP')))
    logged_tz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('logged_tz', TIMESTAMP(True, 3)))
    expires_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('expires_at', DateTime(True), server_default=text("(now() + '30 days'::interval)")))
    duration: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('duration', INTERVAL))
    short_duration: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('short_duration', INTERVAL(fields='hour to minute')))
    precise_duration: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('precise_duration', INTERVAL(2)))
    local_time: Optional[datetime.time] = Field(default=None, sa_column=Column('local_time', Time, server_default=text('LOCALTIME')))
    epoch: Optional[datetime.datetime] = Field(default=None, sa_column=Column('epoch', DateTime, server_default=text("'1970-01-01 00:00:00'::timestamp without time zone")))
