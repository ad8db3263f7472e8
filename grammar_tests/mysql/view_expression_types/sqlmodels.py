from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, Float, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, LONGTEXT, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class OrdersStatus(str, enum.Enum):
    NEW = 'new'
    PAID = 'paid'


class Customers(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    active: int = Field(sa_column=Column('active', TINYINT(1), nullable=False, server_default=text('1')))
    email: Optional[str] = Field(default=None, sa_column=Column('email', Text))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime, server_default=text('current_timestamp()')))
    balance: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('balance', DECIMAL(10, 2), server_default=text('0.00')))
    score: Optional[float] = Field(default=None, sa_column=Column('score', Float))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BIGINT(20, unsigned=True)))

    orders: list['Orders'] = Relationship(back_populates='customer')


class T(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    u: int = Field(sa_column=Column('u', INTEGER(10, unsigned=True), nullable=False))
    s: int = Field(sa_column=Column('s', INTEGER(11), nullable=False))
    b: Optional[int] = Field(default=None, sa_column=Column('b', BIGINT(20, unsigned=True)))
    x: Optional[str] = Field(default=None, sa_column=Column('x', String(5)))


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_ibfk_1'),
        Index('customer_id', 'customer_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', INTEGER(11), nullable=False))
    total: decimal.Decimal = Field(sa_column=Column('total', DECIMAL(12, 2), nullable=False))
    placed_at: datetime.datetime = Field(sa_column=Column('placed_at', DateTime, nullable=False))
    status: OrdersStatus = Field(sa_column=Column('status', Enum(OrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'new'")))
    meta: Optional[str] = Field(default=None, sa_column=Column('meta', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))

    customer: 'Customers' = Relationship(back_populates='orders')
