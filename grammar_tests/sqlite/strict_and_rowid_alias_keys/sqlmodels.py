from typing import Optional

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field, SQLModel

class Code(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))


class Counter(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    hits: Optional[int] = Field(default=None, sa_column=Column('hits', Integer))


class DescKey(SQLModel, table=True):
    __tablename__ = 'desc_key'

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, unique=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text, unique=True))


class LateKey(SQLModel, table=True):
    __tablename__ = 'late_key'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))


class LooseDesc(SQLModel, table=True):
    __tablename__ = 'loose_desc'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True, unique=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))


class Pair(SQLModel, table=True):
    a: str = Field(sa_column=Column('a', Text, primary_key=True))
    b: int = Field(sa_column=Column('b', Integer, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
