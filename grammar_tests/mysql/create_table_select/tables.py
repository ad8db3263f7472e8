import enum

from sqlalchemy import Column, Computed, DECIMAL, Date, Enum, Index, MetaData, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, ENUM, INTEGER, TINYINT, VARCHAR

metadata = MetaData()


class AccountBackupStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class AccountFlagsStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


class AccountStatus(str, enum.Enum):
    ACTIVE = 'active'
    CLOSED = 'closed'


t_account = Table(
    'account', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('email', String(120), nullable=False),
    Column('nickname', VARCHAR(40, charset='latin1', collation='latin1_swedish_ci'), server_default=text("'anon'"), comment='shown name'),
    Column('balance', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')),
    Column('status', Enum(AccountStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'")),
    Column('joined', Date, nullable=False),
    Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('domain', String(120), Computed("(substring_index(`email`,'@',-1))", persisted=False))
)

t_account_backup = Table(
    'account_backup', metadata,
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

t_account_flags = Table(
    'account_flags', metadata,
    Column('note', String(200), server_default=text("''")),
    Column('id', INTEGER(10, unsigned=True), primary_key=True),
    Column('email', String(200)),
    Column('nickname', String(40), server_default=text("'anon'"), comment='shown name'),
    Column('status', Enum(AccountFlagsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'active'")),
    Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')),
    Index('flags_status', 'status', unique=True)
)

t_account_summary = Table(
    'account_summary', metadata,
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
    'active_account', metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('email', String(120)),
    Column('balance', DECIMAL(10, 2), server_default=text("'0.00'"))
)

t_contact_all = Table(
    'contact_all', metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False),
    Column('joined', String(10), nullable=False),
    Column('is_admin', INTEGER(4), nullable=False)
)

t_contact_distinct = Table(
    'contact_distinct', metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False, server_default=text('0')),
    Column('email', String(120), nullable=False, server_default=text("''")),
    Column('joined', String(10), nullable=False, server_default=text("''")),
    Column('is_admin', INTEGER(4), nullable=False, server_default=text('0'))
)

t_from_cte = Table(
    'from_cte', metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('joined', Date, nullable=False)
)

t_from_derived = Table(
    'from_derived', metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False)
)

t_from_view = Table(
    'from_view', metadata,
    Column('id', INTEGER(10, unsigned=True), nullable=False),
    Column('email', String(120), nullable=False),
    Column('balance', DECIMAL(10, 2), nullable=False)
)

t_payment = Table(
    'payment', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('account_id', INTEGER(10, unsigned=True), nullable=False),
    Column('amount', DECIMAL(10, 2), nullable=False)
)
