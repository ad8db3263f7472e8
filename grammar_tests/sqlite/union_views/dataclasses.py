from typing import Optional
import decimal

from sqlalchemy import BigInteger, Column, Integer, LargeBinary, Numeric, REAL, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(100))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    t: Mapped[Optional[str]] = mapped_column(Text)


class B(Base):
    __tablename__ = 'b'

    id: Mapped[Optional[int]] = mapped_column(BigInteger, primary_key=True)
    status: Mapped[Optional[str]] = mapped_column(String(20))
    amount: Mapped[Optional[float]] = mapped_column(REAL)
    t: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


t_u1 = Table(
    'u1', Base.metadata,
    Column('id', Integer),
    Column('name', String(100)),
    Column('amount', Numeric(10, 2)),
    Column('t', Text)
)


t_u2 = Table(
    'u2', Base.metadata,
    Column('x', NullType),
    Column('name', String(100))
)


t_u3 = Table(
    'u3', Base.metadata,
    Column('s', String(20))
)
