from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, MetaData, Numeric, Table, Text

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False)
)

t_transfers = Table(
    'transfers', metadata,
    Column('id', Integer, primary_key=True),
    Column('from_account_id', ForeignKey('accounts.id'), nullable=False),
    Column('to_account_id', ForeignKey('accounts.id'), nullable=False),
    Column('amount', Numeric(12, 2), nullable=False),
    CheckConstraint('amount > 0')
)
