from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, Index, Integer, PrimaryKeyConstraint, text
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='item_pkey'),
        Index('item_votes', 'votes')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    votes: int = Field(sa_column=Column('votes', Integer, nullable=False))
    created: datetime.datetime = Field(sa_column=Column('created', DateTime(True), nullable=False, server_default=text('now()')))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))
