from sqlalchemy import BigInteger, Column, Identity, Integer, MetaData, PrimaryKeyConstraint, Sequence, SmallInteger, Table, Text

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('ref', BigInteger, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=100000, cycle=False, cache=1), nullable=False),
    Column('code', SmallInteger, Identity(start=7, increment=2, minvalue=1, maxvalue=32767, cycle=False, cache=20), nullable=False),
    Column('legacy', Integer, nullable=False),
    Column('plain', Integer, nullable=False),
    Column('note', Text),
    PrimaryKeyConstraint('id', name='account_pkey')
)

t_counter = Table(
    'counter', metadata,
    Column('n', Integer, Sequence('account_legacy_seq'))
)
