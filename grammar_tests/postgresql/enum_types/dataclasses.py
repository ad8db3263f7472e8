from typing import Optional
import enum

from sqlalchemy import Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class OrderStatus(str, enum.Enum):
    PENDING = 'pending'
    PAID = 'paid'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'


class Priority(str, enum.Enum):
    LOW = 'low'
    MEDIUM = 'medium'
    HIGH = 'high'


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    status: Mapped[OrderStatus] = mapped_column(Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'pending'::order_status"))
    priority: Mapped[Optional[Priority]] = mapped_column(Enum(Priority, values_callable=lambda cls: [member.value for member in cls], name='priority'), server_default=text("'medium'::priority"))

    order_history: Mapped[list['OrderHistory']] = relationship('OrderHistory', back_populates='order')


class OrderHistory(Base):
    __tablename__ = 'order_history'
    __table_args__ = (
        ForeignKeyConstraint(['order_id'], ['orders.id'], name='order_history_order_id_fkey'),
        PrimaryKeyConstraint('id', name='order_history_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(Integer, nullable=False)
    new_status: Mapped[OrderStatus] = mapped_column(Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False)
    old_status: Mapped[Optional[OrderStatus]] = mapped_column(Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'))

    order: Mapped['Orders'] = relationship('Orders', back_populates='order_history')
