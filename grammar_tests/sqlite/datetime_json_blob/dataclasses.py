from typing import Optional
import datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, JSON, LargeBinary, TIMESTAMP, Time, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Events(Base):
    __tablename__ = 'events'

    day: Mapped[datetime.date] = mapped_column(Date, nullable=False, server_default=text('CURRENT_DATE'))
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    starts_at: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text('CURRENT_TIME'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text("strftime('%Y-%m-%d %H:%M:%f', 'now')"))
    payload: Mapped[Optional[object]] = mapped_column(JSON, server_default=text("'{}'"))
    attachment: Mapped[Optional[bytes]] = mapped_column(LargeBinary, server_default=text("X'00'"))
    archived: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('FALSE'))
