from sqlalchemy import BigInteger, Column, DateTime, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text

metadata = MetaData()


t_device = Table(
    'device', metadata,
    Column('id', Integer, Sequence('device_id_seq1'), primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='device_pkey1')
)

t_device_backup = Table(
    'device_backup', metadata,
    Column('id', Integer, Sequence('device_id_seq'), primary_key=True, autoincrement=True),
    Column('name', Text),
    PrimaryKeyConstraint('id', name='device_pkey')
)

t_event = Table(
    'event', metadata,
    Column('id', Integer, primary_key=True),
    Column('seq', BigInteger, nullable=False),
    PrimaryKeyConstraint('id', name='event_pkey')
)

t_session = Table(
    'session', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('token', Text),
    Column('expires', DateTime(True)),
    PrimaryKeyConstraint('id', name='session_pkey')
)
