from sqlalchemy import Column, DateTime, Index, MetaData, Table, Text
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()


t_events = Table(
    'events', metadata,
    Column('occurred_at', DateTime(True), nullable=False),
    Column('kind', Text, nullable=False),
    Column('payload', JSONB),
    Index('events_kind', 'kind')
)
