from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


t_book_titles = Table(
    'book_titles', Base.metadata,
    Column('id', Integer),
    Column('title', Text)
)


class Books(Base):
    __tablename__ = 'books'

    author_id: Mapped[int] = mapped_column(ForeignKey('authors.id'), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    author: Mapped['Authors'] = relationship('Authors', back_populates='books')
    reviews: Mapped[list['Reviews']] = relationship('Reviews', back_populates='book')


class Reviews(Base):
    __tablename__ = 'reviews'

    book_id: Mapped[int] = mapped_column(ForeignKey('books.id'), nullable=False)
    stars: Mapped[int] = mapped_column(Integer, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    book: Mapped['Books'] = relationship('Books', back_populates='reviews')
