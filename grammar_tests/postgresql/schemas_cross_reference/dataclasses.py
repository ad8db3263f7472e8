import decimal

from sqlalchemy import ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customers(Base):
    __tablename__ = 'customers'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customers_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    invoices: Mapped[list['Invoices']] = relationship('Invoices', back_populates='customer')


class Invoices(Base):
    __tablename__ = 'invoices'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='invoices_customer_id_fkey'),
        PrimaryKeyConstraint('id', name='invoices_pkey'),
        {'schema': 'billing'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False, server_default=text('0'))

    customer: Mapped['Customers'] = relationship('Customers', back_populates='invoices')
