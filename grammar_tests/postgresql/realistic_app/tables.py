from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, ForeignKeyConstraint, Identity, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR

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

t_cache_entries = Table(
    'cache_entries', metadata,
    Column('key', Text, primary_key=True),
    Column('value', JSONB),
    Column('expires_at', DateTime(True)),
    PrimaryKeyConstraint('key', name='cache_entries_pkey')
)

t_doc_counts = Table(
    'doc_counts', metadata,
    Column('tenant_id', Uuid),
    Column('n', BigInteger)
)

t_events = Table(
    'events', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('occurred_at', DateTime(True), primary_key=True),
    Column('payload', JSONB, nullable=False),
    PrimaryKeyConstraint('id', 'occurred_at', name='events_pkey')
)

t_events_2024 = Table(
    'events_2024', metadata,
    Column('id', BigInteger, Sequence('events_id_seq'), primary_key=True, autoincrement=True),
    Column('occurred_at', DateTime(True), primary_key=True),
    Column('payload', JSONB, nullable=False),
    PrimaryKeyConstraint('id', 'occurred_at', name='events_2024_pkey')
)

t_tenant_docs = Table(
    'tenant_docs', metadata,
    Column('slug', Text),
    Column('document_id', BigInteger),
    Column('title', Text),
    Column('n', BigInteger),
    comment='docs per tenant'
)

t_tenants = Table(
    'tenants', metadata,
    Column('id', Uuid, primary_key=True, server_default=text('gen_random_uuid()')),
    Column('slug', Text, nullable=False),
    Column('created_at', DateTime(True), nullable=False, server_default=text('now()')),
    CheckConstraint("slug ~ '^[a-z0-9-]+$'::text", name='tenants_slug_check'),
    PrimaryKeyConstraint('id', name='tenants_pkey'),
    UniqueConstraint('slug', name='tenants_slug_key')
)

t_documents = Table(
    'documents', metadata,
    Column('id', BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('tenant_id', Uuid, nullable=False),
    Column('title', Text, nullable=False),
    Column('content', Text, server_default=text("''::text")),
    Column('search', TSVECTOR, Computed("to_tsvector('english'::regconfig, ((COALESCE(title, ''::text) || ' '::text) || COALESCE(content, ''::text)))", persisted=True)),
    Column('tags', ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]")),
    CheckConstraint('length(title) >= 1 AND length(title) <= 500', name='documents_title_len'),
    ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ondelete='CASCADE', name='documents_tenant_id_fkey'),
    PrimaryKeyConstraint('id', name='documents_pkey'),
    Index('documents_search_idx', 'search', postgresql_using='gin'),
    Index('documents_tags_idx', 'tags', postgresql_using='gin'),
    Index('documents_tenant_title', 'tenant_id', unique=True)
)
