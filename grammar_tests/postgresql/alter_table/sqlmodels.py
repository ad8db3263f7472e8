from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Authors(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='authors_pk'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    books: list['Books'] = Relationship(back_populates='author')


class Books(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], ondelete='SET NULL', name='books_author_fk'),
        PrimaryKeyConstraint('id', name='books_pkey'),
        UniqueConstraint('isbn', name='books_isbn_key'),
        Index('books_title_author', 'title', 'author_id', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False, server_default=text("'untitled'::text")))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', Integer))
    isbn: Optional[str] = Field(default=None, sa_column=Column('isbn', String(13)))

    author: Optional['Authors'] = Relationship(back_populates='books')
