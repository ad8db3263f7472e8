from typing import Optional

from sqlalchemy import Column, Computed, Integer, LargeBinary, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, SQLModel

class Frame(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='frame_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    payload: Optional[bytes] = Field(default=None, sa_column=Column('payload', LargeBinary))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(40)))
    marker: Optional[int] = Field(default=None, sa_column=Column('marker', Integer, Computed("POSITION(('\\x00'::bytea) IN (payload))", persisted=True)))
    head: Optional[bytes] = Field(default=None, sa_column=Column('head', LargeBinary, Computed('SUBSTRING(payload FROM 1 FOR 4)', persisted=True)))
    patched: Optional[bytes] = Field(default=None, sa_column=Column('patched', LargeBinary, Computed("OVERLAY(payload PLACING '\\xff'::bytea FROM 1 FOR 1)", persisted=True)))
    stripped: Optional[bytes] = Field(default=None, sa_column=Column('stripped', LargeBinary, Computed("TRIM(BOTH '\\x00'::bytea FROM payload)", persisted=True)))
    short_title: Optional[str] = Field(default=None, sa_column=Column('short_title', Text, Computed('SUBSTRING(title FROM 1 FOR 10)', persisted=True)))
    clean_title: Optional[str] = Field(default=None, sa_column=Column('clean_title', Text, Computed('TRIM(LEADING FROM title)', persisted=True)))
    title_at: Optional[int] = Field(default=None, sa_column=Column('title_at', Integer, Computed("POSITION(('a'::text) IN (title))", persisted=True)))
