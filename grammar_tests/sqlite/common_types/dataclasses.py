from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, DECIMAL, Date, DateTime, Double, Float, Integer, JSON, LargeBinary, NVARCHAR, Numeric, REAL, SmallInteger, String, TIMESTAMP, Text, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(BigInteger)
    c: Mapped[Optional[int]] = mapped_column(SmallInteger)
    d: Mapped[Optional[str]] = mapped_column(Text)
    e: Mapped[Optional[str]] = mapped_column(String(30))
    f: Mapped[Optional[str]] = mapped_column(NVARCHAR(10))
    g: Mapped[Optional[str]] = mapped_column(CHAR(2))
    h: Mapped[Optional[str]] = mapped_column(Text)
    i: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    j: Mapped[Optional[float]] = mapped_column(REAL)
    k: Mapped[Optional[float]] = mapped_column(Double)
    l: Mapped[Optional[float]] = mapped_column(Float)
    m: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    n: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL)
    o: Mapped[Optional[bool]] = mapped_column(Boolean)
    p: Mapped[Optional[datetime.date]] = mapped_column(Date)
    q: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    r: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    s: Mapped[Optional[datetime.time]] = mapped_column(Time)
    u: Mapped[Optional[object]] = mapped_column(JSON)
    v: Mapped[Optional[object]] = mapped_column(NullType)
