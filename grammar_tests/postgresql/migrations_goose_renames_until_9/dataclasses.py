from typing import Optional
import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Sequence, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customers(Base):
    __tablename__ = 'customers'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email', name='users_email_key')
    )

    id: Mapped[int] = mapped_column(BigInteger, Sequence('users_id_seq'), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))
    display_name: Mapped[Optional[str]] = mapped_column(Text)

    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='customer')


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        CheckConstraint('total_cents >= 0', name='orders_total_cents_check'),
        ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', name='orders_user_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    total_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))

    customer: Mapped['Customers'] = relationship('Customers', back_populates='orders')
