from typing import Optional
import datetime
import decimal

from sqlalchemy import Boolean, Integer, Numeric, REAL, TIMESTAMP, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Reading(Base):
    __tablename__ = 'reading'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    __debug__: Mapped[Optional[int]] = mapped_column(Integer)
    datetime: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    Optional: Mapped[Optional[str]] = mapped_column(Text)
    decimal: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    str: Mapped[Optional[str]] = mapped_column(Text)
    __tablename__: Mapped[Optional[str]] = mapped_column(Text)
    __table_args__: Mapped[Optional[str]] = mapped_column(Text)
    __qualname__: Mapped[Optional[str]] = mapped_column(Text)
    _sa_registry: Mapped[Optional[str]] = mapped_column(Text)
    registry: Mapped[Optional[str]] = mapped_column(Text)
    __deleted: Mapped[Optional[bool]] = mapped_column(Boolean)
    area_m²: Mapped[Optional[float]] = mapped_column(REAL)
    co₂: Mapped[Optional[float]] = mapped_column(REAL)
    _①: Mapped[Optional[int]] = mapped_column('①', Integer)
    ﬁle: Mapped[Optional[str]] = mapped_column(Text)
    file: Mapped[Optional[str]] = mapped_column(Text)
    K: Mapped[Optional[str]] = mapped_column(Text)
    K: Mapped[Optional[str]] = mapped_column(Text)
    न_म: Mapped[Optional[str]] = mapped_column('नाम', Text)
