from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, INTERVAL, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_customer_totals = Table(
    'customer_totals', Base.metadata,
    Column('id', Integer),
    Column('name', String(100)),
    Column('n_orders', BigInteger),
    Column('total', Numeric),
    Column('last_order', DateTime),
    Column('avg_total', Numeric),
    Column('total0', Numeric),
    Column('double_balance', Numeric),
    Column('tier', Text),
    Column('uname', Text),
    Column('display', Text),
    Column('name_len', Integer),
    Column('created_day', Date),
    Column('created_year', Numeric),
    Column('age', INTERVAL),
    Column('first_tag', Text),
    Column('n_tags', Integer),
    Column('all_positive', Boolean),
    Column('k', Text),
    Column('statuses', Text),
    Column('rn', BigInteger),
    Column('one', Integer),
    Column('x', Text),
    Column('nothing', Text),
    Column('big_id', BigInteger),
    Column('rounded', Numeric),
    Column('cnt', BigInteger),
    Column('act', Boolean)
)


class Customers(Base):
    __tablename__ = 'customers'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customers_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    email: Mapped[Optional[str]] = mapped_column(Text)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))
    balance: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2), server_default=text('0'))
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    active: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('true'))

    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='customer')


t_mv = Table(
    'mv', Base.metadata,
    Column('customer_id', Integer),
    Column('s', Numeric)
)


t_recent_orders = Table(
    'recent_orders', Base.metadata,
    Column('id', BigInteger),
    Column('customer_id', Integer),
    Column('total', Numeric(12, 2)),
    Column('placed_at', DateTime),
    Column('status', String(20)),
    Column('meta', JSONB)
)


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    placed_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'new'::character varying"))
    meta: Mapped[Optional[object]] = mapped_column(JSONB)

    customer: Mapped['Customers'] = relationship('Customers', back_populates='orders')
