from typing import Optional

from sqlalchemy import CHAR, Column, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

class Documents(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='documents_pkey'),
        UniqueConstraint('slug', name='documents_slug_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: str = Field(sa_column=Column('code', CHAR(4), nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    slug: str = Field(sa_column=Column('slug', String(80, 'C'), nullable=False))
    flag: Optional[str] = Field(default=None, sa_column=Column('flag', CHAR(1)))
    sort_key: Optional[str] = Field(default=None, sa_column=Column('sort_key', Text(collation='POSIX')))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    summary: Optional[str] = Field(default=None, sa_column=Column('summary', String))
    lang: Optional[str] = Field(default=None, sa_column=Column('lang', CHAR(2), server_default=text("'en'::bpchar")))
    author: Optional[str] = Field(default=None, sa_column=Column('author', String))
