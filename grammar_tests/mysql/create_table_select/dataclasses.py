from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, Computed, DECIMAL, Date, Enum, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, ENUM, INTEGER, TINYINT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AccountBackupStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class AccountFlagsStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class AccountStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class Account(Base):
    __tablename__ = 'account'

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(120), nullable=False)
    balance: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False, server_default=text('0.00'))
    is_admin: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    status: Mapped[AccountStatus] = mapped_column(Enum(AccountStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'"))
    joined: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    nickname: Mapped[Optional[str]] = mapped_column(VARCHAR(40, charset='latin1', collation='latin1_swedish_ci'), server_default=text("'anon'"), comment='shown name')
    domain: Mapped[Optional[str]] = mapped_column(String(120), Computed("(substring_index(`email`,'@',-1))", persisted=False))


t_account_backup = Table(
    'account_backup', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False, server_default=text('0')),
    Column('email', String(120), nullable=False),
    Column('nickname', VARCHAR(40, charset='latin1', collation='latin1_swedish_ci'), server_default=text("'anon'"), comment='shown name'),
    Column('balance', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')),
    Column('status', Enum(AccountBackupStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'")),
    Column('joined', Date, nullable=False),
    Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('domain', String(120))
)


class AccountFlags(Base):
    __tablename__ = 'account_flags'
    __table_args__ = (
        Index('flags_status', 'status', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True)
    status: Mapped[AccountFlagsStatus] = mapped_column(Enum(AccountFlagsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'"))
    is_admin: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    note: Mapped[Optional[str]] = mapped_column(String(200), server_default=text("''"))
    email: Mapped[Optional[str]] = mapped_column(String(200))
    nickname: Mapped[Optional[str]] = mapped_column(String(40), server_default=text("'anon'"), comment='shown name')


t_account_summary = Table(
    'account_summary', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False, server_default=text('0')),
    Column('login', String(120), nullable=False),
    Column('doubled', DECIMAL(11, 2), nullable=False),
    Column('kind', String(6), nullable=False),
    Column('shout', String(120)),
    Column('payments', BIGINT(21), nullable=False),
    Column('total', DECIMAL(32, 2)),
    Column('last_amount', DECIMAL(10, 2))
)


t_active_account = Table(
    'active_account', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('email', String(120)),
    Column('balance', DECIMAL(10, 2), server_default=text("'0.00'"))
)


t_contact_all = Table(
    'contact_all', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False),
    Column('joined', String(10), nullable=False),
    Column('is_admin', INTEGER(4), nullable=False)
)


t_contact_distinct = Table(
    'contact_distinct', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False, server_default=text('0')),
    Column('email', String(120), nullable=False, server_default=text("''")),
    Column('joined', String(10), nullable=False, server_default=text("''")),
    Column('is_admin', INTEGER(4), nullable=False, server_default=text('0'))
)


t_from_cte = Table(
    'from_cte', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('joined', Date, nullable=False)
)


t_from_derived = Table(
    'from_derived', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False)
)


t_from_view = Table(
    'from_view', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False),
    Column('balance', DECIMAL(10, 2), nullable=False)
)


class Payment(Base):
    __tablename__ = 'payment'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
