from typing import Optional

from sqlalchemy import Column, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Link(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    tag_id: Optional[int] = Field(default=None, sa_column=Column('tag_id', INTEGER(11)))
    person_id: Optional[int] = Field(default=None, sa_column=Column('person_id', INTEGER(11)))


class Person(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(255), nullable=False, server_default=text("''")))


class Tag(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(96), nullable=False, server_default=text("''")))
    kind: Optional[int] = Field(default=None, sa_column=Column('kind', TINYINT(3, unsigned=True)))
