from typing import Optional

from sqlalchemy import Column, String, text
from sqlalchemy.dialects.mysql import INTEGER, TEXT, VARCHAR
from sqlmodel import Field, SQLModel

class Note(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(40)))
    word: Optional[str] = Field(default=None, sa_column=Column('word', VARCHAR(40, charset='utf8mb3', collation='utf8mb3_general_ci')))


class Post(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    subject: str = Field(sa_column=Column('subject', VARCHAR(255, charset='utf8mb3', collation='utf8mb3_unicode_ci'), nullable=False, server_default=text("''")))
    body: Optional[str] = Field(default=None, sa_column=Column('body', TEXT(charset='utf8mb3', collation='utf8mb3_general_ci')))
    slug: Optional[str] = Field(default=None, sa_column=Column('slug', VARCHAR(50, charset='utf8mb3', collation='utf8mb3_unicode_ci')))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(10)))


class Tag(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', VARCHAR(40, charset='utf8mb3', collation='utf8mb3_general_ci')))
    label: Optional[str] = Field(default=None, sa_column=Column('label', VARCHAR(20, charset='utf8mb3', collation='utf8mb3_unicode_ci')))
