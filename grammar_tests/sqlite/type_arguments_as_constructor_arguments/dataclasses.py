from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, DECIMAL, Date, DateTime, Double, Float, Integer, JSON, LargeBinary, NCHAR, Numeric, REAL, SmallInteger, TIMESTAMP, Text, Time
from sqlalchemy.dialects.sqlite import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    a1: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(8, 3))
    a2: Mapped[Optional[float]] = mapped_column(Double(8))
    a3: Mapped[Optional[float]] = mapped_column(Double(8))
    a4: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(0, 1))
    a5: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(3, 2))
    b1: Mapped[Optional[decimal.Decimal]] = mapped_column(Float(8, 2))
    b2: Mapped[Optional[decimal.Decimal]] = mapped_column(Float(0, 1))
    b3: Mapped[Optional[float]] = mapped_column(REAL(5))
    b4: Mapped[Optional[decimal.Decimal]] = mapped_column(REAL(3, 4))
    c1: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(6))
    c2: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    c3: Mapped[Optional[datetime.time]] = mapped_column(Time(3))
    c4: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(6))
    c5: Mapped[Optional[datetime.date]] = mapped_column(Date)
    c6: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    d1: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    d4: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(0, 2))
    d5: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 0))
    d6: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(1, 2))
    d7: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(0, 0))
    e2: Mapped[Optional[str]] = mapped_column(CHAR(0))
    e5: Mapped[Optional[str]] = mapped_column(NCHAR(2))
    e6: Mapped[Optional[str]] = mapped_column(Text(3))
    e8: Mapped[Optional[str]] = mapped_column(Text(0))
    f1: Mapped[Optional[bool]] = mapped_column(Boolean)
    f2: Mapped[Optional[bool]] = mapped_column(Boolean(name=3))
    f3: Mapped[Optional[bool]] = mapped_column(Boolean)
    f4: Mapped[Optional[object]] = mapped_column(JSON(1))
    f5: Mapped[Optional[object]] = mapped_column(JSONB)
    f6: Mapped[Optional[object]] = mapped_column(JSONB)
    f7: Mapped[Optional[bool]] = mapped_column(Boolean)
    g1: Mapped[Optional[bytes]] = mapped_column(LargeBinary(10))
    g2: Mapped[Optional[bytes]] = mapped_column(LargeBinary(0))
    g3: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    g4: Mapped[Optional[int]] = mapped_column(BigInteger)
    g5: Mapped[Optional[int]] = mapped_column(SmallInteger)
    g6: Mapped[Optional[int]] = mapped_column(Integer)
