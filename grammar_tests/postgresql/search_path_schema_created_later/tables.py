from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_recent = Table(
    'recent', metadata,
    Column('id', Integer),
    Column('kind', Text),
    schema='audit'
)

t_event = Table(
    'event', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', Text),
    PrimaryKeyConstraint('id', name='event_pkey'),
    Index('event_kind_idx', 'kind')
)

t_entry = Table(
    'entry', metadata,
    Column('id', Integer, primary_key=True),
    Column('event_id', Integer),
    Column('at', DateTime),
    ForeignKeyConstraint(['event_id'], ['event.id'], name='entry_event_id_fkey'),
    PrimaryKeyConstraint('id', name='entry_pkey'),
    Index('entry_at_idx', 'at'),
    schema='audit'
)
