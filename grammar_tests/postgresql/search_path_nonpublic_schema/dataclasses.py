from typing import Optional
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class State(str, enum.Enum):
    OPEN = 'open'
    PAID = 'paid'


class Customer(Base):
    __tablename__ = 'customer'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customer_pkey'),
        Index('customer_email_idx', 'email'),
        {'schema': 'shop'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    nickname: Mapped[Optional[str]] = mapped_column(String(40))

    purchase: Mapped[list['Purchase']] = relationship('Purchase', back_populates='customer')


t_open_purchase = Table(
    'open_purchase', Base.metadata,
    Column('id', Integer),
    Column('email', Text),
    schema='shop'
)


class Purchase(Base):
    __tablename__ = 'purchase'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['shop.customer.id'], name='purchase_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='purchase_pkey'),
        {'schema': 'shop'}
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('order_seq', schema='shop'), primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[State] = mapped_column(Enum(State, values_callable=lambda cls: [member.value for member in cls], name='state', schema='shop'), nullable=False)

    customer: Mapped['Customer'] = relationship('Customer', back_populates='purchase')
