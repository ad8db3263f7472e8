from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Authors(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='authors_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))


class Books(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], name='books_author_id_fkey'),
        ForeignKeyConstraint(['editor_id'], ['authors.id'], name='books_editor_id_fkey'),
        PrimaryKeyConstraint('id', name='books_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    author_id: int = Field(sa_column=Column('author_id', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    editor_id: Optional[int] = Field(default=None, sa_column=Column('editor_id', Integer))

    author: 'Authors' = Relationship(sa_relationship_kwargs={'foreign_keys': '[Books.author_id]'})
    editor: Optional['Authors'] = Relationship(sa_relationship_kwargs={'foreign_keys': '[Books.editor_id]'})


class Chapters(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['books.id'], name='chapter_belongs_to_book'),
        PrimaryKeyConstraint('id', name='chapters_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    book_id: int = Field(sa_column=Column('book_id', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))

    book: 'Books' = Relationship()
