from typing import Optional
import datetime
import uuid

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, ForeignKeyConstraint, Identity, Index, Integer, PrimaryKeyConstraint, Sequence, Table, Text, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Audit(Base):
    __tablename__ = 'audit'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='audit_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))


t_audit_docs = Table(
    'audit_docs', Base.metadata,
    Column('id', Integer, Sequence('audit_id_seq'), nullable=False),
    Column('at', DateTime(True), server_default=text('now()')),
    Column('doc_id', BigInteger)
)


class CacheEntries(Base):
    __tablename__ = 'cache_entries'
    __table_args__ = (
        PrimaryKeyConstraint('key', name='cache_entries_pkey'),
    )

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[Optional[object]] = mapped_column(JSONB)
    expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))


t_doc_counts = Table(
    'doc_counts', Base.metadata,
    Column('tenant_id', Uuid),
    Column('n', BigInteger)
)


class Events(Base):
    __tablename__ = 'events'
    __table_args__ = (
        PrimaryKeyConstraint('id', 'occurred_at', name='events_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), primary_key=True)
    payload: Mapped[object] = mapped_column(JSONB, nullable=False)


class Events2024(Base):
    __tablename__ = 'events_2024'
    __table_args__ = (
        PrimaryKeyConstraint('id', 'occurred_at', name='events_2024_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, Sequence('events_id_seq'), primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), primary_key=True)
    payload: Mapped[object] = mapped_column(JSONB, nullable=False)


t_tenant_docs = Table(
    'tenant_docs', Base.metadata,
    Column('slug', Text),
    Column('document_id', BigInteger),
    Column('title', Text),
    Column('n', BigInteger),
    comment='docs per tenant'
)


class Tenants(Base):
    __tablename__ = 'tenants'
    __table_args__ = (
        CheckConstraint("slug ~ '^[a-z0-9-]+$'::text", name='tenants_slug_check'),
        PrimaryKeyConstraint('id', name='tenants_pkey'),
        UniqueConstraint('slug', name='tenants_slug_key')
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=text('gen_random_uuid()'))
    slug: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))

    documents: Mapped[list['Documents']] = relationship('Documents', back_populates='tenant')


class Documents(Base):
    __tablename__ = 'documents'
    __table_args__ = (
        CheckConstraint('length(title) >= 1 AND length(title) <= 500', name='documents_title_len'),
        ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ondelete='CASCADE', name='documents_tenant_id_fkey'),
        PrimaryKeyConstraint('id', name='documents_pkey'),
        Index('documents_search_idx', 'search', postgresql_using='gin'),
        Index('documents_tags_idx', 'tags', postgresql_using='gin'),
        Index('documents_tenant_title', 'tenant_id', unique=True)
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True)
    tenant_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    tags: Mapped[list[str]] = mapped_column(ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]"))
    content: Mapped[Optional[str]] = mapped_column(Text, server_default=text("''::text"))
    search: Mapped[Optional[object]] = mapped_column(TSVECTOR, Computed("to_tsvector('english'::regconfig, ((COALESCE(title, ''::text) || ' '::text) || COALESCE(content, ''::text)))", persisted=True))

    tenant: Mapped['Tenants'] = relationship('Tenants', back_populates='documents')
