from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import DateTime, Double, Integer, Numeric, PrimaryKeyConstraint, REAL, String, Text, Uuid
from sqlalchemy.dialects.postgresql import ARRAY, BIT, CITEXT, DATEMULTIRANGE, HSTORE, INT4MULTIRANGE, INT8RANGE, INTERVAL, MACADDR8, NUMMULTIRANGE, NUMRANGE, REGCLASS, REGCONFIG, TIME, TIMESTAMP, TSQUERY, TSRANGE, TSTZRANGE
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T2(Base):
    __tablename__ = 't2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t2_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[object]] = mapped_column(INT8RANGE)
    b: Mapped[Optional[object]] = mapped_column(NUMRANGE)
    c: Mapped[Optional[object]] = mapped_column(TSRANGE)
    d: Mapped[Optional[object]] = mapped_column(TSTZRANGE)
    e: Mapped[Optional[object]] = mapped_column(INT4MULTIRANGE)
    f: Mapped[Optional[object]] = mapped_column(DATEMULTIRANGE)
    g: Mapped[Optional[object]] = mapped_column(NUMMULTIRANGE)
    h: Mapped[Optional[object]] = mapped_column(TSQUERY)
    i: Mapped[Optional[object]] = mapped_column(REGCONFIG)
    j: Mapped[Optional[object]] = mapped_column(REGCLASS)
    k: Mapped[Optional[str]] = mapped_column(String)
    l: Mapped[Optional[str]] = mapped_column(String)
    m: Mapped[Optional[object]] = mapped_column(MACADDR8)
    n: Mapped[Optional[str]] = mapped_column(CITEXT)
    o: Mapped[Optional[object]] = mapped_column(HSTORE(Text()))
    p: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 0))
    q: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(7, 3))
    r: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=0))
    s: Mapped[Optional[datetime.time]] = mapped_column(TIME(True, 6))
    t: Mapped[Optional[str]] = mapped_column(String)
    u: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(varying=True))
    v: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(fields='year'))
    w: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(2))
    x: Mapped[Optional[float]] = mapped_column(REAL)
    y: Mapped[Optional[float]] = mapped_column(Double(53))
    z: Mapped[Optional[list[decimal.Decimal]]] = mapped_column(ARRAY(Numeric(precision=10, scale=2)))
    aa: Mapped[Optional[list[uuid.UUID]]] = mapped_column(ARRAY(Uuid()))
    ab: Mapped[Optional[list[datetime.datetime]]] = mapped_column(ARRAY(DateTime(timezone=True)))
    ac: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=20)))
    ad: Mapped[Optional[str]] = mapped_column(String(5, 'C'))
    ae: Mapped[Optional[str]] = mapped_column(Text(collation='POSIX'))
    af: Mapped[Optional[object]] = mapped_column(NullType)
    ag: Mapped[Optional[object]] = mapped_column(NullType)
    ah: Mapped[Optional[object]] = mapped_column(NullType)
    ai: Mapped[Optional[object]] = mapped_column(NullType)
    aj: Mapped[Optional[object]] = mapped_column(NullType)
