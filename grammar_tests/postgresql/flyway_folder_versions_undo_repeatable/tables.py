from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('login', Text, nullable=False),
    Column('mail', Text, nullable=False),
    PrimaryKeyConstraint('id', name='account_pkey')
)

t_account_logins = Table(
    'account_logins', metadata,
    Column('login', Text)
)

t_account_notes = Table(
    'account_notes', metadata,
    Column('login', Text),
    Column('body', Text)
)

t_note = Table(
    'note', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('account_id', Integer),
    Column('body', Text),
    ForeignKeyConstraint(['account_id'], ['account.id'], name='note_account_id_fkey'),
    PrimaryKeyConstraint('id', name='note_pkey')
)
