from typing import Optional
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, String, Text
from sqlmodel import Field, Relationship, SQLModel

class State(str, enum.Enum):
    OPEN = 'open'
    PAID = 'paid'


class Customer(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customer_pkey'),
        Index('customer_email_idx', 'email'),
        {'schema': 'shop'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    nickname: Optional[str] = Field(default=None, sa_column=Column('nickname', String(40)))

    purchase: list['Purchase'] = Relationship(back_populates='customer')


class Purchase(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['shop.customer.id'], name='purchase_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='purchase_pkey'),
        {'schema': 'shop'}
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('order_seq', schema='shop'), primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', Integer, nullable=False))
    status: State = Field(sa_column=Column('status', Enum(State, values_callable=lambda cls: [member.value for member in cls], name='state', schema='shop'), nullable=False))

    customer: 'Customer' = Relationship(back_populates='purchase')
