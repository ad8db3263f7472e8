from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='authors_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], name='books_author_id_fkey'),
        ForeignKeyConstraint(['editor_id'], ['authors.id'], name='books_editor_id_fkey'),
        PrimaryKeyConstraint('id', name='books_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    editor_id: Mapped[Optional[int]] = mapped_column(Integer)

    author: Mapped['Authors'] = relationship('Authors', foreign_keys=[author_id])
    editor: Mapped[Optional['Authors']] = relationship('Authors', foreign_keys=[editor_id])


class Chapters(Base):
    __tablename__ = 'chapters'
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['books.id'], name='chapter_belongs_to_book'),
        PrimaryKeyConstraint('id', name='chapters_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    book_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)

    book: Mapped['Books'] = relationship('Books')
