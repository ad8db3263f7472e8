from typing import Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = 'author'

    email: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    book_author: Mapped[list['Book']] = relationship('Book', foreign_keys='[Book.author_id]', back_populates='author')
    book_editor: Mapped[list['Book']] = relationship('Book', foreign_keys='[Book.editor_id]', back_populates='editor')


class Book(Base):
    __tablename__ = 'book'
    __table_args__ = (
        CheckConstraint('pages > 0'),
        ForeignKeyConstraint(['author_id'], ['author.id'], ondelete='CASCADE', name='fk_book_author'),
        ForeignKeyConstraint(['editor_id'], ['author.id'], ondelete='SET NULL', name='fk_book_editor')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(Integer, nullable=False)
    pages: Mapped[int] = mapped_column(Integer, nullable=False)
    editor_id: Mapped[Optional[int]] = mapped_column(Integer)
    isbn: Mapped[Optional[str]] = mapped_column(Text, unique=True)

    author: Mapped['Author'] = relationship('Author', foreign_keys=[author_id], back_populates='book_author')
    editor: Mapped[Optional['Author']] = relationship('Author', foreign_keys=[editor_id], back_populates='book_editor')


t_review = Table(
    'review', Base.metadata,
    Column('book_id', ForeignKey('book.id', onupdate='CASCADE')),
    Column('stars', Integer),
    CheckConstraint('stars BETWEEN 1 AND 5', name='stars_range')
)
