from sqlalchemy import Column, DateTime, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()


t_event = Table(
    'event', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', Text, nullable=False),
    Column('payload', JSONB),
    Column('created_at', DateTime(True), nullable=False),
    PrimaryKeyConstraint('id', name='event_pkey'),
    Index('event_created_idx', 'created_at', postgresql_with={'deduplicate_items': 'on'}),
    Index('event_kind_idx', 'kind', postgresql_with={'deduplicate_items': 'off', 'fillfactor': '90'}),
    Index('event_lower_kind_idx'),
    Index('event_payload_idx', 'payload', postgresql_using='gin', postgresql_with={'gin_pending_list_limit': '512'})
)
