from typing import Optional

from sqlalchemy import Column, Computed, Integer, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    handle: Optional[str] = Field(default=None, sa_column=Column('handle', String(30)))
    score: Optional[int] = Field(default=None, sa_column=Column('score', Integer))
    handle_c: Optional[str] = Field(default=None, sa_column=Column('handle_c', Text, Computed('(lower((handle)::text) COLLATE "C")', persisted=True)))
    handle_d: Optional[str] = Field(default=None, sa_column=Column('handle_d', Text, Computed('(handle COLLATE "default")', persisted=True)))
    suffixed: Optional[str] = Field(default=None, sa_column=Column('suffixed', Text, Computed('((handle)::text || (\'!\'::text COLLATE "C"))', persisted=True)))
    doubled: Optional[int] = Field(default=None, sa_column=Column('doubled', Integer, Computed('((score * 2) + 1)', persisted=True)))
