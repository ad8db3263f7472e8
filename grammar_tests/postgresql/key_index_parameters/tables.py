from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False),
    Column('handle', Text),
    Column('region', Text),
    PrimaryKeyConstraint('id', name='account_pkey'),
    UniqueConstraint('email', name='account_email_key'),
    UniqueConstraint('handle', name='account_handle_key')
)

t_session = Table(
    'session', metadata,
    Column('token', Text, primary_key=True),
    Column('account_id', Integer, nullable=False),
    ForeignKeyConstraint(['account_id'], ['account.id'], name='session_account_id_fkey'),
    PrimaryKeyConstraint('token', name='session_pkey'),
    UniqueConstraint('account_id', 'token', name='session_account_key')
)
