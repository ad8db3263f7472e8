from typing import Optional
import datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, Index, Integer, PrimaryKeyConstraint, Sequence, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

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


class Docs(Base):
    __tablename__ = 'docs'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='docs_pkey'),
        Index('docs_search', postgresql_using='gin'),
        Index('docs_title', 'title', postgresql_using='hash')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)


t_event_counts = Table(
    'event_counts', Base.metadata,
    Column('kind', Text),
    Column('n', BigInteger)
)


class Events(Base):
    __tablename__ = 'events'
    __table_args__ = (
        CheckConstraint("kind <> ''::text", name='events_kind_check'),
        PrimaryKeyConstraint('id', 'occurred_at', name='events_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), primary_key=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    payload: Mapped[object] = mapped_column(JSONB, nullable=False)


class Events2024(Base):
    __tablename__ = 'events_2024'
    __table_args__ = (
        CheckConstraint("kind <> ''::text", name='events_kind_check'),
        PrimaryKeyConstraint('id', 'occurred_at', name='events_2024_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, Sequence('events_id_seq'), primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), primary_key=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    payload: Mapped[object] = mapped_column(JSONB, nullable=False)


class Tagged(Base):
    __tablename__ = 'tagged'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tagged_pkey'),
        Index('tagged_tags', 'tags', postgresql_using='gin')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
