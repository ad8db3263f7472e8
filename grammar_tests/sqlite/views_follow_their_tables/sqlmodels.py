from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKey, Integer, REAL, String, Text
from sqlmodel import Field, Relationship, SQLModel

class Writers(SQLModel, table=True):
    pen_name: str = Field(sa_column=Column('pen_name', String(40), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    standing: Optional[float] = Field(default=None, sa_column=Column('standing', REAL))

    books: list['Books'] = Relationship(back_populates='author')


class Books(SQLModel, table=True):
    Full_Title: str = Field(sa_column=Column('Full Title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', ForeignKey('writers.id')))
    page_count: Optional[int] = Field(default=None, sa_column=Column('page_count', Integer))
    isbn: Optional[str] = Field(default=None, sa_column=Column('isbn', CHAR(13)))

    author: Optional['Writers'] = Relationship(back_populates='books')
