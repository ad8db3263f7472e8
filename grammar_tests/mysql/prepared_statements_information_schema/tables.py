from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('uuid', CHAR(36), primary_key=True),
    Column('email', String(100), nullable=False),
    Column('created_at', DateTime)
)

t_audit = Table(
    'audit', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('note', String(20)),
    Column('one_fk', TINYINT(1), nullable=False, server_default=text('1')),
    Column('from_literal', INTEGER(11))
)

t_login = Table(
    'login', metadata,
    Column('account_uuid', CHAR(36), primary_key=True),
    Column('provider', String(50), nullable=False, index=True),
    ForeignKeyConstraint(['account_uuid'], ['account.uuid'], ondelete='CASCADE', onupdate='CASCADE', name='login_ibfk_1')
)
