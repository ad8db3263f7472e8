from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKey, Integer, REAL, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_book_list = Table(
    'book_list', Base.metadata,
    Column('id', Integer),
    Column('Full Title', Text),
    Column('author', String(40)),
    Column('standing', REAL),
    Column('page_count * 2', NullType)
)


t_every_book = Table(
    'every_book', Base.metadata,
    Column('id', Integer),
    Column('author_id', Integer),
    Column('Full Title', Text),
    Column('page_count', Integer),
    Column('isbn', CHAR(13))
)


t_titles = Table(
    'titles', Base.metadata,
    Column('Full Title', Text)
)


class Writers(Base):
    __tablename__ = 'writers'

    pen_name: Mapped[str] = mapped_column(String(40), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    standing: Mapped[Optional[float]] = mapped_column(REAL)

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


class Books(Base):
    __tablename__ = 'books'

    Full_Title: Mapped[str] = mapped_column('Full Title', Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey('writers.id'))
    page_count: Mapped[Optional[int]] = mapped_column(Integer)
    isbn: Mapped[Optional[str]] = mapped_column(CHAR(13))

    author: Mapped[Optional['Writers']] = relationship('Writers', back_populates='books')
