from typing import Optional
import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, TIMESTAMP, Text
from sqlmodel import Field, Relationship, SQLModel

class Shelves(SQLModel, table=True):
    label: str = Field(sa_column=Column('label', Text, nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    books: list['Books'] = Relationship(back_populates='shelf')


class Books(SQLModel, table=True):
    __table_args__ = (
        Index('ix_books_shelf', 'shelf_id'),
    )

    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    isbn13: Optional[str] = Field(default=None, sa_column=Column('isbn13', String(13)))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', TIMESTAMP))
    shelf_id: Optional[int] = Field(default=None, sa_column=Column('shelf_id', ForeignKey('shelves.id')))

    shelf: Optional['Shelves'] = Relationship(back_populates='books')
