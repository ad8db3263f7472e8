from typing import Optional
import datetime
import enum

from sqlalchemy import Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AccountsStatus(str, enum.Enum):
    ACTIVE = 'active'
    SUSPENDED = 'suspended'


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        Index('members_email_uq', 'email', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(190), nullable=False)
    status: Mapped[AccountsStatus] = mapped_column(Enum(AccountsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'"))
    display_name: Mapped[Optional[str]] = mapped_column(String(40))

    payments: Mapped[list['Payments']] = relationship('Payments', back_populates='account')


class Payments(Base):
    __tablename__ = 'payments'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='payments_member_fk'),
        Index('payments_member_idx', 'account_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    amount_cents: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    paid_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))

    account: Mapped['Accounts'] = relationship('Accounts', back_populates='payments')
