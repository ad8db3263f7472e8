from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, Column, DECIMAL, Date, DateTime, Double, Enum, Float, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT, SMALLINT, TINYTEXT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A2E(str, enum.Enum):
    A = 'a'
    B = 'b'


class A(Base):
    __tablename__ = 'a'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(100))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    n: Mapped[Optional[int]] = mapped_column(SMALLINT(6))
    t: Mapped[Optional[str]] = mapped_column(Text)
    d: Mapped[Optional[datetime.date]] = mapped_column(Date)


class A2(Base):
    __tablename__ = 'a2'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    v20: Mapped[str] = mapped_column(String(20), nullable=False)
    v10: Mapped[Optional[str]] = mapped_column(String(10))
    c5: Mapped[Optional[str]] = mapped_column(CHAR(5))
    t: Mapped[Optional[str]] = mapped_column(Text)
    tt: Mapped[Optional[str]] = mapped_column(TINYTEXT)
    mt: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT)
    i: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    si: Mapped[Optional[int]] = mapped_column(SMALLINT(6))
    bi: Mapped[Optional[int]] = mapped_column(BIGINT(20))
    ui: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))
    d: Mapped[Optional[datetime.date]] = mapped_column(Date)
    dt: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    dec1: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    dec2: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(6, 4))
    f: Mapped[Optional[float]] = mapped_column(Float)
    db: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    e: Mapped[Optional[A2E]] = mapped_column(Enum(A2E, values_callable=lambda cls: [member.value for member in cls]))


class B(Base):
    __tablename__ = 'b'

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True)
    status: Mapped[Optional[str]] = mapped_column(String(20))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(12, 4))
    n: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    t: Mapped[Optional[str]] = mapped_column(String(5))
    d: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)


t_u1 = Table(
    'u1', Base.metadata,
    Column('id', BIGINT(20), server_default=text("'0'")),
    Column('name', String(100)),
    Column('amount', DECIMAL(12, 4)),
    Column('n', INTEGER(11)),
    Column('t', MEDIUMTEXT),
    Column('d', DateTime)
)


t_u2 = Table(
    'u2', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(100))
)


t_u_all = Table(
    'u_all', Base.metadata,
    Column('a1', String(20)),
    Column('a2', String(20)),
    Column('a3', String(10)),
    Column('a4', Text),
    Column('a5', MEDIUMTEXT),
    Column('a6', BIGINT(20)),
    Column('a7', INTEGER(11)),
    Column('a8', DECIMAL(10, 0)),
    Column('a9', DateTime),
    Column('a10', DateTime),
    Column('a11', DECIMAL(12, 4)),
    Column('a12', Double(asdecimal=True)),
    Column('a13', String(10)),
    Column('a14', DECIMAL(12, 2)),
    Column('a15', CHAR(5)),
    Column('a16', INTEGER(11), server_default=text("'0'")),
    Column('a17', Text),
    Column('a18', String(10))
)
