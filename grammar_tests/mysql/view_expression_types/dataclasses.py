from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import BINARY, Column, DECIMAL, Date, DateTime, Double, Enum, Float, ForeignKeyConstraint, Index, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, LONGTEXT, MEDIUMTEXT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class CustomerTotalsMinStatus(str, enum.Enum):
    NEW = 'new'
    PAID = 'paid'


class OrdersStatus(str, enum.Enum):
    NEW = 'new'
    PAID = 'paid'


t_customer_totals = Table(
    'customer_totals', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(100)),
    Column('n_orders', BIGINT(21), server_default=text("'0'")),
    Column('total', DECIMAL(34, 2)),
    Column('last_order', DateTime),
    Column('avg_total', DECIMAL(16, 6)),
    Column('total0', DECIMAL(34, 2), server_default=text("'0.00'")),
    Column('double_balance', DECIMAL(11, 2)),
    Column('tier', String(4)),
    Column('uname', String(100)),
    Column('display', MEDIUMTEXT),
    Column('name_len', INTEGER(10), server_default=text("'0'")),
    Column('created_day', Date),
    Column('created_year', INTEGER(5)),
    Column('score0', Double(asdecimal=True), server_default=text("'0'")),
    Column('statuses', MEDIUMTEXT),
    Column('one', INTEGER(1), server_default=text("'0'")),
    Column('x', String(1)),
    Column('nothing', BINARY(0)),
    Column('uid', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('rounded', DECIMAL(13, 2)),
    Column('cnt', BIGINT(21), server_default=text("'0'")),
    Column('now_ts', DateTime),
    Column('days', INTEGER(8)),
    Column('act', INTEGER(1), server_default=text("'0'")),
    Column('yn', String(1)),
    Column('big1', BIGINT(21, unsigned=True)),
    Column('min_status', Enum(CustomerTotalsMinStatus, values_callable=lambda cls: [member.value for member in cls])),
    Column('k', LONGTEXT)
)


class Customers(Base):
    __tablename__ = 'customers'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    active: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    email: Mapped[Optional[str]] = mapped_column(Text)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('current_timestamp()'))
    balance: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2), server_default=text('0.00'))
    score: Mapped[Optional[float]] = mapped_column(Float)
    big: Mapped[Optional[int]] = mapped_column(BIGINT(20, unsigned=True))

    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='customer')


class T(Base):
    __tablename__ = 't'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    u: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    s: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    b: Mapped[Optional[int]] = mapped_column(BIGINT(20, unsigned=True))
    x: Mapped[Optional[str]] = mapped_column(String(5))


t_v = Table(
    'v', Base.metadata,
    Column('a1', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a2', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a3', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a4', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a5', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('a6', BIGINT(21, unsigned=True)),
    Column('a7', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('c1', INTEGER(1), server_default=text("'0'")),
    Column('c2', INTEGER(1)),
    Column('c3', INTEGER(1), server_default=text("'0'")),
    Column('c4', INTEGER(1), server_default=text("'0'"))
)


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_ibfk_1'),
        Index('customer_id', 'customer_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)
    placed_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    status: Mapped[OrdersStatus] = mapped_column(Enum(OrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'new'"))
    meta: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    customer: Mapped['Customers'] = relationship('Customers', back_populates='orders')
