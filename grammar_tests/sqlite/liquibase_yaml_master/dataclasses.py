from typing import Optional
import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, TIMESTAMP, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Shelves(Base):
    __tablename__ = 'shelves'

    label: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    books: Mapped[list['Books']] = relationship('Books', back_populates='shelf')


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        Index('ix_books_shelf', 'shelf_id'),
    )

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    isbn13: Mapped[Optional[str]] = mapped_column(String(13))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    shelf_id: Mapped[Optional[int]] = mapped_column(ForeignKey('shelves.id'))

    shelf: Mapped[Optional['Shelves']] = relationship('Shelves', back_populates='books')
