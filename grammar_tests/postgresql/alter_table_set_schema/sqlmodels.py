from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class Authors(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='authors_pkey'),
        UniqueConstraint('name', name='authors_name_key'),
        {'schema': 'archive'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    books: list['Books'] = Relationship(back_populates='author')


class Notes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))


class OldBooks(SQLModel, table=True):
    __tablename__ = 'old_books'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='old_books_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))


class Books(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['archive.authors.id'], name='books_author_id_fkey'),
        PrimaryKeyConstraint('id', name='books_pkey'),
        Index('books_title_idx', 'title')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', Integer))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))

    author: Optional['Authors'] = Relationship(back_populates='books')
