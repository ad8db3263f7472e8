from typing import Optional
import datetime
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, Relationship, SQLModel

class AccountsStatus(str, enum.Enum):
    ACTIVE = 'active'
    SUSPENDED = 'suspended'


class Accounts(SQLModel, table=True):
    __table_args__ = (
        Index('members_email_uq', 'email', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(190), nullable=False))
    status: AccountsStatus = Field(sa_column=Column('status', Enum(AccountsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'")))
    display_name: Optional[str] = Field(default=None, sa_column=Column('display_name', String(40)))

    payments: list['Payments'] = Relationship(back_populates='account')


class Payments(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='payments_member_fk'),
        Index('payments_member_idx', 'account_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True, autoincrement=True))
    account_id: int = Field(sa_column=Column('account_id', INTEGER(11), nullable=False))
    amount_cents: int = Field(sa_column=Column('amount_cents', INTEGER(11), nullable=False))
    paid_at: datetime.datetime = Field(sa_column=Column('paid_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')))

    account: 'Accounts' = Relationship(back_populates='payments')
