from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Event(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='event_pkey'),
        Index('event_kind_idx', 'kind')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    kind: Optional[str] = Field(default=None, sa_column=Column('kind', Text))

    entry: list['Entry'] = Relationship(back_populates='event')


class Entry(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['event_id'], ['event.id'], name='entry_event_id_fkey'),
        PrimaryKeyConstraint('id', name='entry_pkey'),
        Index('entry_at_idx', 'at'),
        {'schema': 'audit'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    event_id: Optional[int] = Field(default=None, sa_column=Column('event_id', Integer))
    at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at', DateTime))

    event: Optional['Event'] = Relationship(back_populates='entry')
