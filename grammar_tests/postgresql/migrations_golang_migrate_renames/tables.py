from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, SmallInteger, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('handle', String(40), nullable=False),
    Column('karma', Integer, nullable=False, server_default=text('0')),
    PrimaryKeyConstraint('id', name='accounts_pkey'),
    UniqueConstraint('handle', name='accounts_handle_key')
)

t_submissions = Table(
    'submissions', metadata,
    Column('id', BigInteger, Sequence('links_id_seq'), primary_key=True, autoincrement=True),
    Column('account_id', BigInteger, nullable=False),
    Column('target_url', Text, nullable=False),
    Column('submitted_at', DateTime(True), nullable=False, server_default=text('now()')),
    ForeignKeyConstraint(['account_id'], ['accounts.id'], name='links_account_id_fkey'),
    PrimaryKeyConstraint('id', name='links_pkey'),
    Index('submissions_account_id_idx', 'account_id')
)

t_votes = Table(
    'votes', metadata,
    Column('submission_id', BigInteger, primary_key=True),
    Column('account_id', BigInteger, primary_key=True),
    Column('value', SmallInteger, nullable=False),
    CheckConstraint("value = ANY (ARRAY['-1'::integer, 1])", name='votes_value_check'),
    ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE', name='votes_account_id_fkey'),
    ForeignKeyConstraint(['submission_id'], ['submissions.id'], ondelete='CASCADE', name='votes_submission_id_fkey'),
    PrimaryKeyConstraint('submission_id', 'account_id', name='votes_pkey')
)
