from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, ForeignKey, Integer, TIMESTAMP, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Sources(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    feed_url: str = Field(sa_column=Column('feed_url', Text, nullable=False, unique=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))

    entries: list['Entries'] = Relationship(back_populates='feed')


class Entries(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint('feed_id', 'guid'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    feed_id: int = Field(sa_column=Column('feed_id', ForeignKey('sources.id'), nullable=False))
    guid: str = Field(sa_column=Column('guid', Text, nullable=False))
    read: bool = Field(sa_column=Column('read', Boolean, nullable=False, server_default=text('0')))
    fetched_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('fetched_at', TIMESTAMP))

    feed: 'Sources' = Relationship(back_populates='entries')
