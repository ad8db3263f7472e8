from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='authors_pk'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], ondelete='SET NULL', name='books_author_fk'),
        PrimaryKeyConstraint('id', name='books_pkey'),
        UniqueConstraint('isbn', name='books_isbn_key'),
        Index('books_title_author', 'title', 'author_id', unique=True)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("'untitled'::text"))
    author_id: Mapped[Optional[int]] = mapped_column(Integer)
    isbn: Mapped[Optional[str]] = mapped_column(String(13))

    author: Mapped[Optional['Authors']] = relationship('Authors', back_populates='books')
