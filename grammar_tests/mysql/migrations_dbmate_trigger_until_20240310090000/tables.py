from sqlalchemy import Column, Date, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('email', String(190), nullable=False),
    Column('display_name', String(40)),
    Column('joined_on', Date, nullable=False),
    Index('members_email_uq', 'email', unique=True)
)

t_payments = Table(
    'payments', metadata,
    Column('id', BIGINT(20), primary_key=True, autoincrement=True),
    Column('account_id', INTEGER(11), nullable=False),
    Column('amount_cents', INTEGER(11), nullable=False),
    Column('paid_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')),
    ForeignKeyConstraint(['account_id'], ['accounts.id'], name='payments_member_fk'),
    Index('payments_member_idx', 'account_id')
)
