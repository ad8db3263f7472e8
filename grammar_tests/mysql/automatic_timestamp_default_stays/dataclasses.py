from typing import Optional
import datetime

from sqlalchemy import DateTime, TIMESTAMP, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Visits(Base):
    __tablename__ = 'visits'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    arrived: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    left_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    checked: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=3), server_default=text('current_timestamp(3)'))
    seen: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    planned: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    touched: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'2021-06-01 12:00:00'"))
