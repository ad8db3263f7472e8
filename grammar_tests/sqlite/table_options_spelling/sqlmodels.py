from typing import Optional

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field, SQLModel

class Kv(SQLModel, table=True):
    k: int = Field(sa_column=Column('k', Integer, primary_key=True))
    v: Optional[str] = Field(default=None, sa_column=Column('v', Text))


class Pair(SQLModel, table=True):
    a: str = Field(sa_column=Column('a', Text, primary_key=True))
    b: str = Field(sa_column=Column('b', Text, primary_key=True))


class Plain(SQLModel, table=True):
    code: str = Field(sa_column=Column('code', Text, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))


class Tag(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, primary_key=True))
    hits: Optional[int] = Field(default=None, sa_column=Column('hits', Integer))
