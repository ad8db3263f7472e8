from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customers(Base):
    __tablename__ = 'customers'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    orders_approver: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.approver_id]', back_populates='approver')
    orders_auditor: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.auditor_id]', back_populates='auditor')
    orders_customer: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.customer_id]', back_populates='customer')
    orders_referrer: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.referrer_id]', back_populates='referrer')


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['approver_id'], ['customers.id'], name='fk_orders_approver'),
        ForeignKeyConstraint(['auditor_id'], ['customers.id'], onupdate='SET NULL', name='fk_orders_auditor'),
        ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', onupdate='CASCADE', name='orders_ibfk_1'),
        ForeignKeyConstraint(['referrer_id'], ['customers.id'], ondelete='SET NULL', name='fk_orders_referrer'),
        Index('customer_id', 'customer_id'),
        Index('fk_orders_approver', 'approver_id'),
        Index('fk_orders_auditor', 'auditor_id'),
        Index('fk_orders_referrer', 'referrer_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    referrer_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    approver_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    auditor_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    approver: Mapped[Optional['Customers']] = relationship('Customers', foreign_keys=[approver_id], back_populates='orders_approver')
    auditor: Mapped[Optional['Customers']] = relationship('Customers', foreign_keys=[auditor_id], back_populates='orders_auditor')
    customer: Mapped['Customers'] = relationship('Customers', foreign_keys=[customer_id], back_populates='orders_customer')
    referrer: Mapped[Optional['Customers']] = relationship('Customers', foreign_keys=[referrer_id], back_populates='orders_referrer')
