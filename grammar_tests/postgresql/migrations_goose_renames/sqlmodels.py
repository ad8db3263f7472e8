from typing import Optional
import datetime
import enum

from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class OrderStatus(str, enum.Enum):
    PENDING = 'pending'
    PAID = 'paid'
    SHIPPED = 'shipped'


class Customers(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email', name='users_email_key')
    )

    id: int = Field(sa_column=Column('id', BigInteger, Sequence('users_id_seq'), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime(True), nullable=False, server_default=text('now()')))
    display_name: Optional[str] = Field(default=None, sa_column=Column('display_name', Text))

    orders: list['Orders'] = Relationship(back_populates='customer')


class Orders(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('total_cents >= 0', name='orders_total_cents_check'),
        ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', name='orders_user_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey'),
        Index('orders_customer_status_idx', 'customer_id', 'status')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', BigInteger, nullable=False))
    total_cents: int = Field(sa_column=Column('total_cents', Integer, nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', DateTime(True), nullable=False, server_default=text('now()')))
    status: OrderStatus = Field(sa_column=Column('status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'pending'::order_status")))

    customer: 'Customers' = Relationship(back_populates='orders')
