from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Authors(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(50)))

    books: list['Books'] = Relationship(back_populates='author')


class Books(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], ondelete='SET NULL', name='fk_books_author'),
        Index('fk_books_author', 'author_id'),
        Index('uq_isbn', 'isbn', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: str = Field(sa_column=Column('title', String(100), nullable=False, index=True))
    rank_no: Optional[int] = Field(default=None, sa_column=Column('rank_no', INTEGER(11)))
    isbn: Optional[str] = Field(default=None, sa_column=Column('isbn', CHAR(13)))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', INTEGER(11)))

    author: Optional['Authors'] = Relationship(back_populates='books')
