from typing import Optional
import datetime

from sqlalchemy import DateTime, ForeignKeyConstraint, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customers(Base):
    __tablename__ = 'customers'
    __table_args__ = (
        Index('ix_customers_email', 'email'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    email: Mapped[Optional[str]] = mapped_column(String(120))

    customer_notes: Mapped[list['CustomerNotes']] = relationship('CustomerNotes', back_populates='customer')


class CustomerNotes(Base):
    __tablename__ = 'customer_notes'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='fk_note_customer'),
        Index('fk_note_customer', 'customer_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    note: Mapped[Optional[str]] = mapped_column(Text)

    customer: Mapped['Customers'] = relationship('Customers', back_populates='customer_notes')
