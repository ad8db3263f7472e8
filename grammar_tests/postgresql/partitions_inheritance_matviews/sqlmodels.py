from typing import Optional
import datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, Index, Integer, PrimaryKeyConstraint, Sequence, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

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


class Docs(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='docs_pkey'),
        Index('docs_search', postgresql_using='gin'),
        Index('docs_title', 'title', postgresql_using='hash')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))


class Events(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("kind <> ''::text", name='events_kind_check'),
        PrimaryKeyConstraint('id', 'occurred_at', name='events_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    occurred_at: datetime.datetime = Field(sa_column=Column('occurred_at', DateTime(True), primary_key=True))
    kind: str = Field(sa_column=Column('kind', Text, nullable=False))
    payload: object = Field(sa_column=Column('payload', JSONB, nullable=False))


class Events2024(SQLModel, table=True):
    __tablename__ = 'events_2024'
    __table_args__ = (
        CheckConstraint("kind <> ''::text", name='events_kind_check'),
        PrimaryKeyConstraint('id', 'occurred_at', name='events_2024_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, Sequence('events_id_seq'), primary_key=True, autoincrement=True))
    occurred_at: datetime.datetime = Field(sa_column=Column('occurred_at', DateTime(True), primary_key=True))
    kind: str = Field(sa_column=Column('kind', Text, nullable=False))
    payload: object = Field(sa_column=Column('payload', JSONB, nullable=False))


class Tagged(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tagged_pkey'),
        Index('tagged_tags', 'tags', postgresql_using='gin')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
