from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, DECIMAL, Date, Double, Enum, Float, String, TIMESTAMP, Text, Time, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DATETIME, INTEGER, LONGTEXT, SET, TINYINT, YEAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class DS(str, enum.Enum):
    X = 'x'
    Y = 'y'


class D(Base):
    __tablename__ = 'd'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    p: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    a: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('-1'))
    b: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 2), server_default=text('1.50'))
    c: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 2), server_default=text('-0.25'))
    e: Mapped[Optional[float]] = mapped_column(Float, server_default=text('1000'))
    f: Mapped[Optional[str]] = mapped_column(String(10), server_default=text("'it''s'"))
    g: Mapped[Optional[str]] = mapped_column(String(10), server_default=text("'back\\\\slash'"))
    h: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)'))
    i: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'2020-01-01'"))
    j: Mapped[Optional[str]] = mapped_column(CHAR(36), server_default=text('uuid()'))
    k: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('(1 + 2)'))
    l: Mapped[Optional[object]] = mapped_column(BIT(4))
    m: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('1'))
    n: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    o: Mapped[Optional[str]] = mapped_column(String(10))
    q: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('0.1'))
    r: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text("'{}'"))
    s: Mapped[Optional[DS]] = mapped_column(Enum(DS, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'y'"))
    t: Mapped[Optional[str]] = mapped_column(SET('a', 'b'), server_default=text("'a,b'"))
    u: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    v: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text("'12:00:00'"))
    w: Mapped[Optional[object]] = mapped_column(YEAR(4), server_default=text('2024'))
    x: Mapped[Optional[int]] = mapped_column(BIGINT(20, unsigned=True), server_default=text('18446744073709551615'))
    y: Mapped[Optional[str]] = mapped_column(String(20))
    z: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'hello'"))
