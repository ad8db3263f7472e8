from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False),
    PrimaryKeyConstraint('id', name='accounts_pkey')
)

t_transfers = Table(
    'transfers', metadata,
    Column('id', Integer, primary_key=True),
    Column('from_account_id', Integer, nullable=False),
    Column('to_account_id', Integer, nullable=False),
    Column('amount', Numeric(12, 2), nullable=False),
    CheckConstraint('amount > 0::numeric', name='transfers_amount_check'),
    ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name='transfers_from_account_id_fkey'),
    ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name='transfers_to_account_id_fkey'),
    PrimaryKeyConstraint('id', name='transfers_pkey')
)
