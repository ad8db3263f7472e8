from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime, Table
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass


class Span(Base):
    __tablename__ = 'span'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    d: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    dt: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    n: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    b: Mapped[Optional[int]] = mapped_column(BIGINT(20))


t_span_days = Table(
    'span_days', Base.metadata,
    Column('id', INTEGER(11)),
    Column('day_number', INTEGER(7)),
    Column('dt_number', INTEGER(7)),
    Column('between_days', INTEGER(8)),
    Column('diff_days', INTEGER(8)),
    Column('age_days', INTEGER(8)),
    Column('next_day_number', INTEGER(8)),
    Column('minus_int', BIGINT(12)),
    Column('times_bigint', BIGINT(26)),
    Column('seconds', BIGINT(12)),
    Column('from_number', Date)
)
