from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, Date, DateTime, Double, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(String(10))
    small: Mapped[Optional[int]] = mapped_column(SmallInteger)
    big: Mapped[Optional[int]] = mapped_column(BigInteger)
    t: Mapped[Optional[str]] = mapped_column(Text)
    n: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2))
    r: Mapped[Optional[float]] = mapped_column(REAL)
    d: Mapped[Optional[float]] = mapped_column(Double(53))
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    tz: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
    dt: Mapped[Optional[datetime.date]] = mapped_column(Date)

    b: Mapped[list['B']] = relationship('B', back_populates='a')


t_d1 = Table(
    'd1', Base.metadata,
    Column('a_id', Integer),
    Column('note', Text)
)


t_l1 = Table(
    'l1', Base.metadata,
    Column('id', Integer),
    Column('note', Text)
)


t_nested = Table(
    'nested', Base.metadata,
    Column('id', Integer),
    Column('code', String(20))
)


t_on_view = Table(
    'on_view', Base.metadata,
    Column('id', Integer),
    Column('note', Text),
    Column('x', BigInteger)
)


t_u1 = Table(
    'u1', Base.metadata,
    Column('id', Integer),
    Column('code', String),
    Column('small', Integer),
    Column('t', Text),
    Column('n', REAL),
    Column('ts', DateTime)
)


t_u2 = Table(
    'u2', Base.metadata,
    Column('x', BigInteger),
    Column('y', Double(53))
)


t_u3 = Table(
    'u3', Base.metadata,
    Column('code', String)
)


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='b_a_id_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(Integer)
    code: Mapped[Optional[str]] = mapped_column(String(20))
    note: Mapped[Optional[str]] = mapped_column(Text)

    a: Mapped[Optional['A']] = relationship('A', back_populates='b')
