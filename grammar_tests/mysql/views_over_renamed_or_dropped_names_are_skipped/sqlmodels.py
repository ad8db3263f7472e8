from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Books(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(200)))


class Imprints(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    publisher_id: Optional[int] = Field(default=None, sa_column=Column('publisher_id', INTEGER(11)))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(80)))


class OldBooks(SQLModel, table=True):
    __tablename__ = 'old_books'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    author_id: int = Field(sa_column=Column('author_id', INTEGER(11), nullable=False))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(200)))


class Publishers(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))


class Writers(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    full_name: str = Field(sa_column=Column('full_name', String(80), nullable=False))
