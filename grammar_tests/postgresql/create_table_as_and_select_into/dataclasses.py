from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, DateTime, Integer, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(10), nullable=False, server_default=text("'x'::character varying"))
    n: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2))
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('now()'))


t_a_copy = Table(
    'a_copy', Base.metadata,
    Column('x', Integer),
    Column('y', String(10))
)


class AFast(Base):
    __tablename__ = 'a_fast'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_fast_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(String(10))
    n: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2))
    n0: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    rank: Mapped[Optional[int]] = mapped_column(BigInteger)
    nothing: Mapped[Optional[str]] = mapped_column(Text)


t_a_into = Table(
    'a_into', Base.metadata,
    Column('id', Integer),
    Column('code', String(10)),
    Column('n', Numeric(8, 2)),
    Column('created', DateTime)
)


t_a_u = Table(
    'a_u', Base.metadata,
    Column('code', String(10)),
    Column('c', BigInteger)
)


t_a_view = Table(
    'a_view', Base.metadata,
    Column('id', Integer),
    Column('code', String(10)),
    Column('n', Numeric(8, 2)),
    Column('n0', Numeric),
    Column('rank', BigInteger),
    Column('nothing', Text)
)
