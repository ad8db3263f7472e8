from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

class Event(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='event_pkey'),
        Index('event_created_idx', 'created_at', postgresql_with={'deduplicate_items': 'on'}),
        Index('event_kind_idx', 'kind', postgresql_with={'deduplicate_items': 'off', 'fillfactor': '90'}),
        Index('event_lower_kind_idx'),
        Index('event_payload_idx', 'payload', postgresql_using='gin', postgresql_with={'gin_pending_list_limit': '512'})
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    kind: str = Field(sa_column=Column('kind', Text, nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime(True), nullable=False))
    payload: Optional[object] = Field(default=None, sa_column=Column('payload', JSONB))
