from typing import Optional
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class OrderStatus(str, enum.Enum):
    PENDING = 'pending'
    PAID = 'paid'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'


class Priority(str, enum.Enum):
    LOW = 'low'
    MEDIUM = 'medium'
    HIGH = 'high'


class Orders(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    status: OrderStatus = Field(sa_column=Column('status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'pending'::order_status")))
    priority: Optional[Priority] = Field(default=None, sa_column=Column('priority', Enum(Priority, values_callable=lambda cls: [member.value for member in cls], name='priority'), server_default=text("'medium'::priority")))

    order_history: list['OrderHistory'] = Relationship(back_populates='order')


class OrderHistory(SQLModel, table=True):
    __tablename__ = 'order_history'
    __table_args__ = (
        ForeignKeyConstraint(['order_id'], ['orders.id'], name='order_history_order_id_fkey'),
        PrimaryKeyConstraint('id', name='order_history_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    order_id: int = Field(sa_column=Column('order_id', Integer, nullable=False))
    new_status: OrderStatus = Field(sa_column=Column('new_status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False))
    old_status: Optional[OrderStatus] = Field(default=None, sa_column=Column('old_status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status')))

    order: 'Orders' = Relationship(back_populates='order_history')
