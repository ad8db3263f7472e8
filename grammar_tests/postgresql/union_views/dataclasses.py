from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CHAR, Column, Date, DateTime, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(100))
    code: Mapped[Optional[str]] = mapped_column(CHAR(3))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    n: Mapped[Optional[int]] = mapped_column(SmallInteger)
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    d: Mapped[Optional[datetime.date]] = mapped_column(Date)
    t: Mapped[Optional[str]] = mapped_column(Text)


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='b_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    status: Mapped[Optional[str]] = mapped_column(String(20))
    code: Mapped[Optional[str]] = mapped_column(CHAR(3))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(12, 2))
    n: Mapped[Optional[int]] = mapped_column(Integer)
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
    d: Mapped[Optional[datetime.date]] = mapped_column(Date)
    t: Mapped[Optional[str]] = mapped_column(String(5))


t_u1 = Table(
    'u1', Base.metadata,
    Column('id', BigInteger),
    Column('name', String),
    Column('code', CHAR(3)),
    Column('amount', Numeric),
    Column('n', Integer),
    Column('ts', DateTime(True)),
    Column('d', Date),
    Column('t', Text)
)


t_u2 = Table(
    'u2', Base.metadata,
    Column('id', Integer),
    Column('amount', Numeric)
)


t_u3 = Table(
    'u3', Base.metadata,
    Column('label', String)
)


t_u4 = Table(
    'u4', Base.metadata,
    Column('id', Integer),
    Column('d', DateTime)
)


t_u5 = Table(
    'u5', Base.metadata,
    Column('n', BigInteger),
    Column('amount', Numeric)
)
