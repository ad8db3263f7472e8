from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, DateTime, Numeric, PrimaryKeyConstraint, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_audit_fields = Table(
    'audit_fields', Base.metadata,
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('created_by', Text),
    CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check')
)


t_money_fields = Table(
    'money_fields', Base.metadata,
    Column('amount', Numeric(12, 2), nullable=False, server_default=text('0')),
    Column('currency', CHAR(3), nullable=False, server_default=text("'EUR'::bpchar"))
)


class Payments(Base):
    __tablename__ = 'payments'
    __table_args__ = (
        CheckConstraint('amount > 0::numeric', name='payments_amount_check'),
        CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check'),
        PrimaryKeyConstraint('id', name='payments_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    amount: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False, server_default=text('0'))
    currency: Mapped[str] = mapped_column(CHAR(3), nullable=False, server_default=text("'EUR'::bpchar"))
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_by: Mapped[Optional[str]] = mapped_column(Text)


t_refunds = Table(
    'refunds', Base.metadata,
    Column('id', BigInteger, nullable=False),
    Column('amount', Numeric(12, 2), nullable=False),
    Column('currency', CHAR(3), nullable=False),
    Column('note', Text),
    Column('created_at', DateTime, nullable=False),
    Column('created_by', Text),
    Column('reason', Text, nullable=False),
    CheckConstraint('amount > 0::numeric', name='payments_amount_check'),
    CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check')
)
