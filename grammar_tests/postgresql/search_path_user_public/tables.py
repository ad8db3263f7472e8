from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner_id', Integer),
    ForeignKeyConstraint(['owner_id'], ['postgres.account.id'], name='account_owner_id_fkey'),
    PrimaryKeyConstraint('id', name='account_pkey'),
    Index('account_owner_idx', 'owner_id'),
    schema='postgres'
)
