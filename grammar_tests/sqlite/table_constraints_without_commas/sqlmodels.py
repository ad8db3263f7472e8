from typing import Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Integer, Table, Text
from sqlmodel import Field, Relationship, SQLModel

class Author(SQLModel, table=True):
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    book_author: list['Book'] = Relationship(back_populates='author', sa_relationship_kwargs={'foreign_keys': '[Book.author_id]'})
    book_editor: list['Book'] = Relationship(back_populates='editor', sa_relationship_kwargs={'foreign_keys': '[Book.editor_id]'})


class Book(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('pages > 0'),
        ForeignKeyConstraint(['author_id'], ['author.id'], ondelete='CASCADE', name='fk_book_author'),
        ForeignKeyConstraint(['editor_id'], ['author.id'], ondelete='SET NULL', name='fk_book_editor')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    author_id: int = Field(sa_column=Column('author_id', Integer, nullable=False))
    pages: int = Field(sa_column=Column('pages', Integer, nullable=False))
    editor_id: Optional[int] = Field(default=None, sa_column=Column('editor_id', Integer))
    isbn: Optional[str] = Field(default=None, sa_column=Column('isbn', Text, unique=True))

    author: 'Author' = Relationship(back_populates='book_author', sa_relationship_kwargs={'foreign_keys': '[Book.author_id]'})
    editor: Optional['Author'] = Relationship(back_populates='book_editor', sa_relationship_kwargs={'foreign_keys': '[Book.editor_id]'})


t_review = Table(
    'review', SQLModel.metadata,
    Column('book_id', ForeignKey('book.id', onupdate='CASCADE')),
    Column('stars', Integer),
    CheckConstraint('stars BETWEEN 1 AND 5', name='stars_range')
)
