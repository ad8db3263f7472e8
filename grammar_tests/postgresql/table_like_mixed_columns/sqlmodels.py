from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, DateTime, Numeric, PrimaryKeyConstraint, Table, Text, text
from sqlmodel import Field, SQLModel

t_audit_fields = Table(
    'audit_fields', SQLModel.metadata,
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('created_by', Text),
    CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check')
)


t_money_fields = Table(
    'money_fields', SQLModel.metadata,
    Column('amount', Numeric(12, 2), nullable=False, server_default=text('0')),
    Column('currency', CHAR(3), nullable=False, server_default=text("'EUR'::bpchar"))
)


class Payments(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('amount > 0::numeric', name='payments_amount_check'),
        CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check'),
        PrimaryKeyConstraint('id', name='payments_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    amount: decimal.Decimal = Field(sa_column=Column('amount', Numeric(12, 2), nullable=False, server_default=text('0')))
    currency: str = Field(sa_column=Column('currency', CHAR(3), nullable=False, server_default=text("'EUR'::bpchar")))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    created_by: Optional[str] = Field(default=None, sa_column=Column('created_by', Text))


t_refunds = Table(
    'refunds', SQLModel.metadata,
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
