from sqlalchemy import CheckConstraint, Column, DECIMAL, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('email', String(100), nullable=False)
)

t_transfers = Table(
    'transfers', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('from_account_id', INTEGER(11), nullable=False),
    Column('to_account_id', INTEGER(11), nullable=False),
    Column('amount', DECIMAL(12, 2), nullable=False),
    CheckConstraint('`amount` > 0', name='CONSTRAINT_1'),
    ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name='transfers_ibfk_1'),
    ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name='transfers_ibfk_2'),
    Index('from_account_id', 'from_account_id'),
    Index('to_account_id', 'to_account_id')
)
