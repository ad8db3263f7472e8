from typing import Optional
import datetime
import uuid

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, ForeignKeyConstraint, Identity, Index, Integer, PrimaryKeyConstraint, Sequence, Table, Text, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlmodel import Field, Relationship, SQLModel

class Audit(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='audit_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at', DateTime(True), server_default=text('now()')))


t_audit_docs = Table(
    'audit_docs', SQLModel.metadata,
    Column('id', Integer, Sequence('audit_id_seq'), nullable=False),
    Column('at', DateTime(True), server_default=text('now()')),
    Column('doc_id', BigInteger)
)


class CacheEntries(SQLModel, table=True):
    __tablename__ = 'cache_entries'
    __table_args__ = (
        PrimaryKeyConstraint('key', name='cache_entries_pkey'),
    )

    key: str = Field(sa_column=Column('key', Text, primary_key=True))
    value: Optional[object] = Field(default=None, sa_column=Column('value', JSONB))
    expires_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('expires_at', DateTime(True)))


class Events(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', 'occurred_at', name='events_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    occurred_at: datetime.datetime = Field(sa_column=Column('occurred_at', DateTime(True), primary_key=True))
    payload: object = Field(sa_column=Column('payload', JSONB, nullable=False))


class Events2024(SQLModel, table=True):
    __tablename__ = 'events_2024'
    __table_args__ = (
        PrimaryKeyConstraint('id', 'occurred_at', name='events_2024_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, Sequence('events_id_seq'), primary_key=True, autoincrement=True))
    occurred_at: datetime.datetime = Field(sa_column=Column('occurred_at', DateTime(True), primary_key=True))
    payload: object = Field(sa_column=Column('payload', JSONB, nullable=False))


class Tenants(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("slug ~ '^[a-z0-9-]+$'::text", name='tenants_slug_check'),
        PrimaryKeyConstraint('id', name='tenants_pkey'),
        UniqueConstraint('slug', name='tenants_slug_key')
    )

    id: uuid.UUID = Field(sa_column=Column('id', Uuid, primary_key=True, server_default=text('gen_random_uuid()')))
    slug: str = Field(sa_column=Column('slug', Text, nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime(True), nullable=False, server_default=text('now()')))

    documents: list['Documents'] = Relationship(back_populates='tenant')


class Documents(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('length(title) >= 1 AND length(title) <= 500', name='documents_title_len'),
        ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ondelete='CASCADE', name='documents_tenant_id_fkey'),
        PrimaryKeyConstraint('id', name='documents_pkey'),
        Index('documents_search_idx', 'search', postgresql_using='gin'),
        Index('documents_tags_idx', 'tags', postgresql_using='gin'),
        Index('documents_tenant_title', 'tenant_id', unique=True)
    )

    id: int = Field(sa_column=Column('id', BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True))
    tenant_id: uuid.UUID = Field(sa_column=Column('tenant_id', Uuid, nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    tags: list[str] = Field(sa_column=Column('tags', ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]")))
    content: Optional[str] = Field(default=None, sa_column=Column('content', Text, server_default=text("''::text")))
    search: Optional[object] = Field(default=None, sa_column=Column('search', TSVECTOR, Computed("to_tsvector('english'::regconfig, ((COALESCE(title, ''::text) || ' '::text) || COALESCE(content, ''::text)))", persisted=True)))

    tenant: 'Tenants' = Relationship(back_populates='documents')
