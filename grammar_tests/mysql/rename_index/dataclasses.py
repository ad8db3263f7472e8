from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = 'author'
    __table_args__ = (
        Index('author_email_unique', 'email', unique=True),
        Index('author_name_idx', 'name'),
        Index('name', 'name', 'email')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(100), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    book_author: Mapped[list['Book']] = relationship('Book', foreign_keys='[Book.author_id]', back_populates='author')
    book_editor: Mapped[list['Book']] = relationship('Book', foreign_keys='[Book.editor_id]', back_populates='editor')


class Book(Base):
    __tablename__ = 'book'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['author.id'], name='book_author_fk'),
        ForeignKeyConstraint(['editor_id'], ['author.id'], name='book_editor_fk'),
        Index('author_title', 'author_id', 'title'),
        Index('book_author_idx', 'author_id'),
        Index('editor_title', 'editor_id', 'title')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    editor_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    author: Mapped['Author'] = relationship('Author', foreign_keys=[author_id], back_populates='book_author')
    editor: Mapped[Optional['Author']] = relationship('Author', foreign_keys=[editor_id], back_populates='book_editor')
