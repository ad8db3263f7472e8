from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Customers(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))

    orders_approver: list['Orders'] = Relationship(back_populates='approver', sa_relationship_kwargs={'foreign_keys': '[Orders.approver_id]'})
    orders_auditor: list['Orders'] = Relationship(back_populates='auditor', sa_relationship_kwargs={'foreign_keys': '[Orders.auditor_id]'})
    orders_customer: list['Orders'] = Relationship(back_populates='customer', sa_relationship_kwargs={'foreign_keys': '[Orders.customer_id]'})
    orders_referrer: list['Orders'] = Relationship(back_populates='referrer', sa_relationship_kwargs={'foreign_keys': '[Orders.referrer_id]'})


class Orders(SQLModel, table=True):
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

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', INTEGER(11), nullable=False))
    referrer_id: Optional[int] = Field(default=None, sa_column=Column('referrer_id', INTEGER(11)))
    approver_id: Optional[int] = Field(default=None, sa_column=Column('approver_id', INTEGER(11)))
    auditor_id: Optional[int] = Field(default=None, sa_column=Column('auditor_id', INTEGER(11)))

    approver: Optional['Customers'] = Relationship(back_populates='orders_approver', sa_relationship_kwargs={'foreign_keys': '[Orders.approver_id]'})
    auditor: Optional['Customers'] = Relationship(back_populates='orders_auditor', sa_relationship_kwargs={'foreign_keys': '[Orders.auditor_id]'})
    customer: 'Customers' = Relationship(back_populates='orders_customer', sa_relationship_kwargs={'foreign_keys': '[Orders.customer_id]'})
    referrer: Optional['Customers'] = Relationship(back_populates='orders_referrer', sa_relationship_kwargs={'foreign_keys': '[Orders.referrer_id]'})
