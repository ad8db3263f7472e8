from typing import Optional

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, server_default=text("''"))

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        Index('books_author', 'author_id'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey('authors.id'))
    title: Mapped[Optional[str]] = mapped_column(Text)

    author: Mapped[Optional['Authors']] = relationship('Authors', back_populates='books')
