from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = 'customer'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    city: Mapped[Optional[str]] = mapped_column(Text)

    purchase: Mapped[list['Purchase']] = relationship('Purchase', back_populates='customer')


t_customer_totals = Table(
    'customer_totals', Base.metadata,
    Column('id', Integer),
    Column('upper( c.Name ) /* display */', NullType),
    Column('count(*)', NullType),
    Column('sum(p.amount)  *  100', NullType),
    Column("c.city IS NOT DISTINCT FROM 'Paris'", NullType),
    Column('column6', NullType),
    Column('column7', NullType)
)


t_event_log = Table(
    'event_log', Base.metadata,
    Column('kind', Text),
    Column('payload', Text)
)


t_log_rows = Table(
    'log_rows', Base.metadata,
    Column('rowid', Integer),
    Column('rowid:1', Integer),
    Column('kind', Text)
)


t_nested = Table(
    'nested', Base.metadata,
    Column('id + 1', NullType),
    Column("name || '!'", NullType),
    Column('id', Integer),
    Column('id:1', Integer)
)


t_purchase_copy = Table(
    'purchase_copy', Base.metadata,
    Column('id * 2', NullType),
    Column('amount', Numeric),
    Column('amount:1', Numeric)
)


t_purchase_pairs = Table(
    'purchase_pairs', Base.metadata,
    Column('id', Integer),
    Column('id:1', Integer),
    Column('id:2', Integer),
    Column('id:3', Integer),
    Column('note:7', Text),
    Column('note:', Text)
)


class Purchase(Base):
    __tablename__ = 'purchase'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[Optional[int]] = mapped_column(ForeignKey('customer.id'))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    note: Mapped[Optional[str]] = mapped_column(Text)

    customer: Mapped[Optional['Customer']] = relationship('Customer', back_populates='purchase')
