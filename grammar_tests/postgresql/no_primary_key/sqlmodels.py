from sqlalchemy import Column, DateTime, Index, Table, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import SQLModel

t_events = Table(
    'events', SQLModel.metadata,
    Column('occurred_at', DateTime(True), nullable=False),
    Column('kind', Text, nullable=False),
    Column('payload', JSONB),
    Index('events_kind', 'kind')
)
