from typing import Optional

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customers(Base):
    __tablename__ = 'customers'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    orders_approver: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.approver_id]', back_populates='approver')
    orders_auditor: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.auditor_id]', back_populates='auditor')
    orders_customer: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.customer_id]', back_populates='customer')
    orders_referrer: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.referrer_id]', back_populates='referrer')


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['approver_id'], ['customers.id'], ondelete='RESTRICT', name='fk_orders_approver'),
        ForeignKeyConstraint(['auditor_id'], ['customers.id'], onupdate='SET DEFAULT', deferrable=True, initially='DEFERRED', name='fk_orders_auditor')
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey('customers.id'), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    referrer_id: Mapped[Optional[int]] = mapped_column(ForeignKey('customers.id'))
    approver_id: Mapped[Optional[int]] = mapped_column(Integer)
    auditor_id: Mapped[Optional[int]] = mapped_column(Integer)

    approver: Mapped[Optional['Customers']] = relationship('Customers', foreign_keys=[approver_id], back_populates='orders_approver')
    auditor: Mapped[Optional['Customers']] = relationship('Customers', foreign_keys=[auditor_id], back_populates='orders_auditor')
    customer: Mapped['Customers'] = relationship('Customers', foreign_keys=[customer_id], back_populates='orders_customer')
    referrer: Mapped[Optional['Customers']] = relationship('Customers', foreign_keys=[referrer_id], back_populates='orders_referrer')
