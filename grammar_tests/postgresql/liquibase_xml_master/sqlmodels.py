from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import BigInteger, Column, DateTime, Enum, ForeignKeyConstraint, Index, Integer, Numeric, PrimaryKeyConstraint, String, text
from sqlmodel import Field, Relationship, SQLModel

class OrderStatus(str, enum.Enum):
    OPEN = 'open'
    PAID = 'paid'


class Accounts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    full_name: str = Field(sa_column=Column('full_name', String(150), nullable=False))
    email: Optional[str] = Field(default=None, sa_column=Column('email', String(200)))

    audit_log: list['AuditLog'] = Relationship(back_populates='account')
    orders: list['Orders'] = Relationship(back_populates='account')


class AuditLog(SQLModel, table=True):
    __tablename__ = 'audit_log'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE', name='audit_log_account_id_fkey'),
        PrimaryKeyConstraint('id', name='audit_log_pkey'),
        Index('audit_log_account', 'account_id')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    happened_at: datetime.datetime = Field(sa_column=Column('happened_at', DateTime(True), nullable=False, server_default=text('now()')))
    account_id: Optional[int] = Field(default=None, sa_column=Column('account_id', Integer))

    account: Optional['Accounts'] = Relationship(back_populates='audit_log')


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='orders_account_id_fkey'),
        PrimaryKeyConstraint('id', name='orders_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    account_id: int = Field(sa_column=Column('account_id', Integer, nullable=False))
    total: decimal.Decimal = Field(sa_column=Column('total', Numeric(10, 2), nullable=False))
    status: OrderStatus = Field(sa_column=Column('status', Enum(OrderStatus, values_callable=lambda cls: [member.value for member in cls], name='order_status'), nullable=False, server_default=text("'open'::order_status")))

    account: 'Accounts' = Relationship(back_populates='orders')
