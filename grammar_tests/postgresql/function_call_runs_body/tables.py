from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner', Text),
    Column('label', String(20)),
    PrimaryKeyConstraint('id', name='accounts_pkey')
)

t_ledger = Table(
    'ledger', metadata,
    Column('id', Integer, primary_key=True),
    Column('account_id', Integer),
    ForeignKeyConstraint(['account_id'], ['accounts.id'], name='ledger_account_id_fkey'),
    PrimaryKeyConstraint('id', name='ledger_pkey'),
    Index('ledger_account', 'account_id')
)
