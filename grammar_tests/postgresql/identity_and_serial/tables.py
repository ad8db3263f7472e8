from sqlalchemy import BigInteger, Column, Identity, Integer, MetaData, PrimaryKeyConstraint, Sequence, SmallInteger, Table, Text

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('code', Text),
    PrimaryKeyConstraint('id', name='a_pkey')
)

t_b = Table(
    'b', metadata,
    Column('id', BigInteger, Identity(start=100, increment=5, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True),
    PrimaryKeyConstraint('id', name='b_pkey')
)

t_c = Table(
    'c', metadata,
    Column('id', SmallInteger, primary_key=True, autoincrement=True),
    Column('counter', BigInteger, nullable=False),
    PrimaryKeyConstraint('id', name='c_pkey')
)

t_d = Table(
    'd', metadata,
    Column('id', Integer, Sequence('custom_seq'), primary_key=True, autoincrement=True),
    PrimaryKeyConstraint('id', name='d_pkey')
)
