from typing import Optional

from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Customers(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    orders_approver: list['Orders'] = Relationship(back_populates='approver', sa_relationship_kwargs={'foreign_keys': '[Orders.approver_id]'})
    orders_auditor: list['Orders'] = Relationship(back_populates='auditor', sa_relationship_kwargs={'foreign_keys': '[Orders.auditor_id]'})
    orders_customer: list['Orders'] = Relationship(back_populates='customer', sa_relationship_kwargs={'foreign_keys': '[Orders.customer_id]'})
    orders_referrer: list['Orders'] = Relationship(back_populates='referrer', sa_relationship_kwargs={'foreign_keys': '[Orders.referrer_id]'})


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['approver_id'], ['customers.id'], ondelete='RESTRICT', name='fk_orders_approver'),
        ForeignKeyConstraint(['auditor_id'], ['customers.id'], onupdate='SET DEFAULT', deferrable=True, initially='DEFERRED', name='fk_orders_auditor')
    )

    customer_id: int = Field(sa_column=Column('customer_id', ForeignKey('customers.id'), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    referrer_id: Optional[int] = Field(default=None, sa_column=Column('referrer_id', ForeignKey('customers.id')))
    approver_id: Optional[int] = Field(default=None, sa_column=Column('approver_id', Integer))
    auditor_id: Optional[int] = Field(default=None, sa_column=Column('auditor_id', Integer))

    approver: Optional['Customers'] = Relationship(back_populates='orders_approver', sa_relationship_kwargs={'foreign_keys': '[Orders.approver_id]'})
    auditor: Optional['Customers'] = Relationship(back_populates='orders_auditor', sa_relationship_kwargs={'foreign_keys': '[Orders.auditor_id]'})
    customer: 'Customers' = Relationship(back_populates='orders_customer', sa_relationship_kwargs={'foreign_keys': '[Orders.customer_id]'})
    referrer: Optional['Customers'] = Relationship(back_populates='orders_referrer', sa_relationship_kwargs={'foreign_keys': '[Orders.referrer_id]'})
