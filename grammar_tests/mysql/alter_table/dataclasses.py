from typing import Optional

from sqlalchemy import CHAR, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(50))

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], ondelete='SET NULL', name='fk_books_author'),
        Index('fk_books_author', 'author_id'),
        Index('uq_isbn', 'isbn', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    rank_no: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    isbn: Mapped[Optional[str]] = mapped_column(CHAR(13))
    author_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    author: Mapped[Optional['Authors']] = relationship('Authors', back_populates='books')
