from sqlalchemy import Column, Computed, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True),
    Column('handle', String(30)),
    Column('score', Integer),
    Column('handle_c', Text, Computed('(lower((handle)::text) COLLATE "C")', persisted=True)),
    Column('handle_d', Text, Computed('(handle COLLATE "default")', persisted=True)),
    Column('suffixed', Text, Computed('((handle)::text || (\'!\'::text COLLATE "C"))', persisted=True)),
    Column('doubled', Integer, Computed('((score * 2) + 1)', persisted=True)),
    PrimaryKeyConstraint('id', name='account_pkey')
)
