from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Author(SQLModel, table=True):
    __table_args__ = (
        Index('author_email_unique', 'email', unique=True),
        Index('author_name_idx', 'name'),
        Index('name', 'name', 'email')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(100), nullable=False))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))

    book_author: list['Book'] = Relationship(back_populates='author', sa_relationship_kwargs={'foreign_keys': '[Book.author_id]'})
    book_editor: list['Book'] = Relationship(back_populates='editor', sa_relationship_kwargs={'foreign_keys': '[Book.editor_id]'})


class Book(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['author.id'], name='book_author_fk'),
        ForeignKeyConstraint(['editor_id'], ['author.id'], name='book_editor_fk'),
        Index('author_title', 'author_id', 'title'),
        Index('book_author_idx', 'author_id'),
        Index('editor_title', 'editor_id', 'title')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    author_id: int = Field(sa_column=Column('author_id', INTEGER(11), nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    editor_id: Optional[int] = Field(default=None, sa_column=Column('editor_id', INTEGER(11)))

    author: 'Author' = Relationship(back_populates='book_author', sa_relationship_kwargs={'foreign_keys': '[Book.author_id]'})
    editor: Optional['Author'] = Relationship(back_populates='book_editor', sa_relationship_kwargs={'foreign_keys': '[Book.editor_id]'})
