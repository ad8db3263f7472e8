from typing import Optional

from sqlalchemy import Column, Computed, Integer, REAL, String, Text, text
from sqlmodel import Field, SQLModel

class Box(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    w: Optional[float] = Field(default=None, sa_column=Column('w', REAL))
    h: Optional[float] = Field(default=None, sa_column=Column('h', REAL))
    area: Optional[float] = Field(default=None, sa_column=Column('area', REAL, Computed('w * h', persisted=True)))


class Label(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    upper_name: Optional[str] = Field(default=None, sa_column=Column('upper_name', Text, Computed("upper(name)) VIRTUAL, note TEXT, name_length INTEGER GENERATED ALWAYS AS (length(name)) VIRTUAL, code VARCHAR(8) DEFAULT ('x'", persisted=False)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    name_length: Optional[int] = Field(default=None, sa_column=Column('name_length', Integer, Computed("length(name)) VIRTUAL, code VARCHAR(8) DEFAULT ('x'", persisted=False)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(8), server_default=text("'x'")))


class Pair(SQLModel, table=True):
    k: str = Field(sa_column=Column('k', Text, primary_key=True))
    v: Optional[int] = Field(default=None, sa_column=Column('v', Integer))
    twice: Optional[int] = Field(default=None, sa_column=Column('twice', Integer, Computed('v * 2', persisted=False)))
