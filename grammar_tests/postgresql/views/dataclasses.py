from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Integer, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Items(Base):
    __tablename__ = 'items'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='items_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[Optional[str]] = mapped_column(String(50))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    qty: Mapped[Optional[int]] = mapped_column(Integer)
    big: Mapped[Optional[int]] = mapped_column(BigInteger)
    flag: Mapped[Optional[bool]] = mapped_column(Boolean)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))


t_v_agg = Table(
    'v_agg', Base.metadata,
    Column('name', String(50)),
    Column('count', BigInteger),
    Column('s', BigInteger),
    Column('a', Numeric),
    Column('m', DateTime(True)),
    Column('min', BigInteger)
)


t_v_items = Table(
    'v_items', Base.metadata,
    Column('id', Integer),
    Column('name', String(50)),
    Column('total', Numeric),
    Column('cnt', BigInteger),
    Column('upper', Text),
    Column('lit', Text),
    Column('one', Integer),
    Column('qty1', Integer),
    Column('f2', Boolean),
    Column('sq', BigInteger),
    Column('nm', String),
    Column('ts', DateTime(True)),
    Column('d', Date),
    Column('nt', Text),
    Column('c', Text),
    Column('bq', BigInteger),
    Column('fl', Numeric),
    Column('qn', Numeric(5, 1))
)
