from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

metadata = MetaData()


t_audit = Table(
    'audit', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('at', DateTime(True), server_default=text('now()')),
    PrimaryKeyConstraint('id', name='audit_pkey')
)

t_audit_docs = Table(
    'audit_docs', metadata,
    Column('id', Integer, Sequence('audit_id_seq'), nullable=False),
    Column('at', DateTime(True), server_default=text('now()')),
    Column('doc_id', BigInteger)
)

t_docs = Table(
    'docs', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('title', Text, nullable=False),
    Column('body', Text),
    PrimaryKeyConstraint('id', name='docs_pkey'),
    Index('docs_search', postgresql_using='gin'),
    Index('docs_title', 'title', postgresql_using='hash')
)

t_event_counts = Table(
    'event_counts', metadata,
    Column('kind', Text),
    Column('n', BigInteger)
)

t_events = Table(
    'events', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('occurred_at', DateTime(True), primary_key=True),
    Column('kind', Text, nullable=False),
    Column('payload', JSONB, nullable=False),
    CheckConstraint("kind <> ''::text", name='events_kind_check'),
    PrimaryKeyConstraint('id', 'occurred_at', name='events_pkey')
)

t_events_2024 = Table(
    'events_2024', metadata,
    Column('id', BigInteger, Sequence('events_id_seq'), primary_key=True, autoincrement=True),
    Column('occurred_at', DateTime(True), primary_key=True),
    Column('kind', Text, nullable=False),
    Column('payload', JSONB, nullable=False),
    CheckConstraint("kind <> ''::text", name='events_kind_check'),
    PrimaryKeyConstraint('id', 'occurred_at', name='events_2024_pkey')
)

t_tagged = Table(
    'tagged', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('tags', ARRAY(Text())),
    PrimaryKeyConstraint('id', name='tagged_pkey'),
    Index('tagged_tags', 'tags', postgresql_using='gin')
)
