from typing import Optional
import datetime

from sqlalchemy import Date, DateTime, Integer, PrimaryKeyConstraint, Time, text
from sqlalchemy.dialects.postgresql import INTERVAL, TIME, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Events(Base):
    __tablename__ = 'events'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='events_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[datetime.date] = mapped_column(Date, nullable=False, server_default=text('CURRENT_DATE'))
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    created_at_tz: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))
    starts_at: Mapped[Optional[datetime.time]] = mapped_column(Time)
    starts_at_tz: Mapped[Optional[datetime.time]] = mapped_column(Time(True))
    starts_precise: Mapped[Optional[datetime.time]] = mapped_column(TIME(precision=3))
    logged_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=0), server_default=text('LOCALTIMESTAMP'))
    logged_tz: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(True, 3))
    expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text("(now() + '30 days'::interval)"))
    duration: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL)
    short_duration: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(fields='hour to minute'))
    precise_duration: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(2))
    local_time: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text('LOCALTIME'))
    epoch: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'1970-01-01 00:00:00'::timestamp without time zone"))
