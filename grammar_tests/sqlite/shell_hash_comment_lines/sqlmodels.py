from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Authors(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False, server_default=text("''")))

    books: list['Books'] = Relationship(back_populates='author')


class Books(SQLModel, table=True):
    __table_args__ = (
        Index('books_author', 'author_id'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', ForeignKey('authors.id')))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))

    author: Optional['Authors'] = Relationship(back_populates='books')
