from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Book(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='book_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', Integer))
    pages: Optional[int] = Field(default=None, sa_column=Column('pages', Integer))

    review: list['Review'] = Relationship(back_populates='book')


class Review(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['book.id'], name='review_book_id_fkey'),
        PrimaryKeyConstraint('id', name='review_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    book_id: Optional[int] = Field(default=None, sa_column=Column('book_id', Integer))
    stars: Optional[int] = Field(default=None, sa_column=Column('stars', Integer))

    book: Optional['Book'] = Relationship(back_populates='review')
