from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, Computed, DECIMAL, Date, Enum, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, ENUM, INTEGER, TINYINT, VARCHAR
from sqlmodel import Field, SQLModel

class AccountBackupStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class AccountFlagsStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class AccountStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class Account(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(120), nullable=False))
    balance: decimal.Decimal = Field(sa_column=Column('balance', DECIMAL(10, 2), nullable=False, server_default=text('0.00')))
    is_admin: int = Field(sa_column=Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')))
    status: AccountStatus = Field(sa_column=Column('status', Enum(AccountStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'")))
    joined: datetime.date = Field(sa_column=Column('joined', Date, nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    nickname: Optional[str] = Field(default=None, sa_column=Column('nickname', VARCHAR(40, charset='latin1', collation='latin1_swedish_ci'), server_default=text("'anon'"), comment='shown name'))
    domain: Optional[str] = Field(default=None, sa_column=Column('domain', String(120), Computed("(substring_index(`email`,'@',-1))", persisted=False)))


t_account_backup = Table(
    'account_backup', SQLModel.metadata,
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


class AccountFlags(SQLModel, table=True):
    __tablename__ = 'account_flags'
    __table_args__ = (
        Index('flags_status', 'status', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True))
    status: AccountFlagsStatus = Field(sa_column=Column('status', Enum(AccountFlagsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'")))
    is_admin: int = Field(sa_column=Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')))
    note: Optional[str] = Field(default=None, sa_column=Column('note', String(200), server_default=text("''")))
    email: Optional[str] = Field(default=None, sa_column=Column('email', String(200)))
    nickname: Optional[str] = Field(default=None, sa_column=Column('nickname', String(40), server_default=text("'anon'"), comment='shown name'))


t_account_summary = Table(
    'account_summary', SQLModel.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False, server_default=text('0')),
    Column('login', String(120), nullable=False),
    Column('doubled', DECIMAL(11, 2), nullable=False),
    Column('kind', String(6), nullable=False),
    Column('shout', String(120)),
    Column('payments', BIGINT(21), nullable=False),
    Column('total', DECIMAL(32, 2)),
    Column('last_amount', DECIMAL(10, 2))
)


t_contact_all = Table(
    'contact_all', SQLModel.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False),
    Column('joined', String(10), nullable=False),
    Column('is_admin', INTEGER(4), nullable=False)
)


t_contact_distinct = Table(
    'contact_distinct', SQLModel.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False, server_default=text('0')),
    Column('email', String(120), nullable=False, server_default=text("''")),
    Column('joined', String(10), nullable=False, server_default=text("''")),
    Column('is_admin', INTEGER(4), nullable=False, server_default=text('0'))
)


t_from_cte = Table(
    'from_cte', SQLModel.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('joined', Date, nullable=False)
)


t_from_derived = Table(
    'from_derived', SQLModel.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False)
)


t_from_view = Table(
    'from_view', SQLModel.metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False),
    Column('balance', DECIMAL(10, 2), nullable=False)
)


class Payment(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    account_id: int = Field(sa_column=Column('account_id', INTEGER(10, unsigned=True), nullable=False))
    amount: decimal.Decimal = Field(sa_column=Column('amount', DECIMAL(10, 2), nullable=False))
