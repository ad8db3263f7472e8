from typing import Optional
import datetime

from sqlalchemy import Date, DateTime, TIMESTAMP, Time, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TIME, TIMESTAMP, YEAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Events(Base):
    __tablename__ = 'events'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    day: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    starts_at: Mapped[Optional[datetime.time]] = mapped_column(Time)
    starts_precise: Mapped[Optional[datetime.time]] = mapped_column(TIME(fsp=3))
    created_precise: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=6), server_default=text('current_timestamp(6)'))
    touched_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(fsp=3))
    published_on: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'2000-01-01'"))
    opens: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text("'09:00:00'"))
    epoch: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'1970-01-01 00:00:00'"))
    season: Mapped[Optional[object]] = mapped_column(YEAR(4), server_default=text('2024'))
    season4: Mapped[Optional[object]] = mapped_column(YEAR(4))
