from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BigInteger, Boolean, CHAR, Date, DateTime, Double, Integer, LargeBinary, Numeric, PrimaryKeyConstraint, SmallInteger, String, Text, Time, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, INET, MONEY, TIME, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class D(Base):
    __tablename__ = 'd'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='d_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer, server_default=text("'-1'::integer"))
    b: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 2), server_default=text('1.5'))
    c: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'it''s'::text"))
    e: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'line\nbreak'::text"))
    f: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))
    g: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('CURRENT_TIMESTAMP'))
    h: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3), server_default=text('LOCALTIMESTAMP(3)'))
    i: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('CURRENT_DATE'))
    j: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid, server_default=text('gen_random_uuid()'))
    k: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('true'))
    l: Mapped[Optional[str]] = mapped_column(String(10), server_default=text("'x'::character varying"))
    m: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()), server_default=text("ARRAY['a'::text, 'b'::text]"))
    n: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()), server_default=text("'{1,2}'::integer[]"))
    o: Mapped[Optional[int]] = mapped_column(BigInteger, server_default=text("'9223372036854775807'::bigint"))
    p: Mapped[Optional[int]] = mapped_column(SmallInteger, server_default=text('1'))
    q: Mapped[Optional[float]] = mapped_column(Double(53), server_default=text("'NaN'::double precision"))
    r: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, server_default=text("'Infinity'::numeric"))
    s: Mapped[Optional[str]] = mapped_column(Text, server_default=text('CURRENT_USER'))
    t: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text("'12:00:00'::time without time zone"))
    v: Mapped[Optional[object]] = mapped_column(INET, server_default=text("'127.0.0.1'::inet"))
    w: Mapped[Optional[object]] = mapped_column(MONEY, server_default=text('0'))
    x: Mapped[Optional[str]] = mapped_column(CHAR(2), server_default=text("'ab'::bpchar"))
    y: Mapped[Optional[bytes]] = mapped_column(LargeBinary, server_default=text("'\\x00'::bytea"))
    z: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('((1 + 2) * 3)'))


class D2(Base):
    __tablename__ = 'd2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='d2_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text("'09:05:00'::time without time zone"))
    b: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text("'10:11:12.5'::time without time zone"))
    c: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'2020-01-02 00:00:00'::timestamp without time zone"))
    d: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("'2020-01-02 03:04:00'::timestamp without time zone"))
    e: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3), server_default=text("'2020-01-02 03:04:05.123'::timestamp without time zone"))
    f: Mapped[Optional[datetime.time]] = mapped_column(TIME(precision=0), server_default=text("'23:59:59'::time without time zone"))
