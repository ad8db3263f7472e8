from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import BigInteger, DateTime, Enum, ForeignKeyConstraint, Index, Integer, Numeric, PrimaryKeyConstraint, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class OrderStatus(str, enum.Enum):
    OPEN = 'open'
    PAID = 'paid'


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    full_name: Mapped[str] = mapped_column(String(150), nullable=False)
    email: Mapped[Optional[str]] = mapped_column(String(200))

    audit_log: Mapped[list['AuditLog']] = relationship('AuditLog', back_populates='account')
    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='account')


class AuditLog(Base):
    __tablename__ = 'audit_log'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE', name='audit_log_account_id_fkey'),
        PrimaryKeyConstraint('id', name='audit_log_pkey'),
        Index('audit_log_account', 'account_id')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    happened_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))
    account_id: Mapped[Optional[int]] = mapped_column(Integer)

    account: Mapped[Optional['Accounts']] = relationship('Accounts', back_populates='audit_log')


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='orders_account_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    status: Mapped[OrderStatus] = mapped_column(Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'open'::order_status"))

    account: Mapped['Accounts'] = relationship('Accounts', back_populates='orders')
