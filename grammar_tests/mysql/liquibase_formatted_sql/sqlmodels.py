from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Customers(SQLModel, table=True):
    __table_args__ = (
        Index('ix_customers_email', 'email'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', DateTime))
    email: Optional[str] = Field(default=None, sa_column=Column('email', String(120)))

    customer_notes: list['CustomerNotes'] = Relationship(back_populates='customer')


class CustomerNotes(SQLModel, table=True):
    __tablename__ = 'customer_notes'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='fk_note_customer'),
        Index('fk_note_customer', 'customer_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', INTEGER(11), nullable=False))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    customer: 'Customers' = Relationship(back_populates='customer_notes')
