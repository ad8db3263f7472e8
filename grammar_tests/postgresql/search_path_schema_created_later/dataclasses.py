from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_recent = Table(
    'recent', Base.metadata,
    Column('id', Integer),
    Column('kind', Text),
    schema='audit'
)


class Event(Base):
    __tablename__ = 'event'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='event_pkey'),
        Index('event_kind_idx', 'kind')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[Optional[str]] = mapped_column(Text)

    entry: Mapped[list['Entry']] = relationship('Entry', back_populates='event')


class Entry(Base):
    __tablename__ = 'entry'
    __table_args__ = (
        ForeignKeyConstraint(['event_id'], ['event.id'], name='entry_event_id_fkey'),
        PrimaryKeyConstraint('id', name='entry_pkey'),
        Index('entry_at_idx', 'at'),
        {'schema': 'audit'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[Optional[int]] = mapped_column(Integer)
    at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    event: Mapped[Optional['Event']] = relationship('Event', back_populates='entry')
