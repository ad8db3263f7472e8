from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, DateTime, Float, Integer, LargeBinary, Numeric, REAL, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'

    name: Mapped[str] = mapped_column(String(10), nullable=False, server_default=text("'x'"))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    r: Mapped[Optional[float]] = mapped_column(Float)
    b: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    d: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    x: Mapped[Optional[object]] = mapped_column(NullType)
    p: Mapped[Optional[int]] = mapped_column(Integer)
    k: Mapped[Optional[int]] = mapped_column(BigInteger)


t_c1 = Table(
    'c1', Base.metadata,
    Column('id', Integer),
    Column('name', Text)
)


t_c2 = Table(
    'c2', Base.metadata,
    Column('key', Integer),
    Column('Na me', Text),
    Column('amount', Numeric),
    Column('r', REAL),
    Column('b', NullType),
    Column('d', Numeric),
    Column('x', NullType),
    Column('p', Integer),
    Column('k', Integer),
    Column('one', NullType)
)


t_long_table_name_for_layout = Table(
    'long_table_name_for_layout', Base.metadata,
    Column('identifier_one', Integer),
    Column('identifier_two', Text)
)


t_select = Table(
    'select', Base.metadata,
    Column('group', Text),
    Column('n', NullType)
)
