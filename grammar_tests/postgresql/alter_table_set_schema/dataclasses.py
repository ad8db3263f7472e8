from typing import Optional

from sqlalchemy import BigInteger, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='authors_pkey'),
        UniqueConstraint('name', name='authors_name_key'),
        {'schema': 'archive'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[Optional[str]] = mapped_column(Text)

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)


class OldBooks(Base):
    __tablename__ = 'old_books'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='old_books_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['archive.authors.id'], name='books_author_id_fkey'),
        PrimaryKeyConstraint('id', name='books_pkey'),
        Index('books_title_idx', 'title')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    author_id: Mapped[Optional[int]] = mapped_column(Integer)
    title: Mapped[Optional[str]] = mapped_column(Text)

    author: Mapped[Optional['Authors']] = relationship('Authors', back_populates='books')
