from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, DECIMAL, DateTime, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class Customer(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    email: Optional[str] = Field(default=None, sa_column=Column('email', String(100)))
    four_columns: Optional[int] = Field(default=None, sa_column=Column('four_columns', TINYINT(1)))

    purchase: list['Purchase'] = Relationship(back_populates='customer')


class Tag(SQLModel, table=True):
    __table_args__ = (
        Index('tag_label', 'label'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    label: str = Field(sa_column=Column('label', String(30), nullable=False))


class Purchase(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customer.id'], name='fk_purchase_customer'),
        Index('fk_purchase_customer', 'customer_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    customer_id: int = Field(sa_column=Column('customer_id', INTEGER(11), nullable=False))
    total: decimal.Decimal = Field(sa_column=Column('total', DECIMAL(10, 2), nullable=False, server_default=text('0.00')))

    customer: 'Customer' = Relationship(back_populates='purchase')
