from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Book(Base):
    __tablename__ = 'book'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='book_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    author_id: Mapped[Optional[int]] = mapped_column(Integer)
    pages: Mapped[Optional[int]] = mapped_column(Integer)

    review: Mapped[list['Review']] = relationship('Review', back_populates='book')


t_book_stats = Table(
    'book_stats', Base.metadata,
    Column('id', Integer),
    Column('total_pages', BigInteger),
    Index('book_stats_id', 'id', unique=True)
)


t_review_summary = Table(
    'review_summary', Base.metadata,
    Column('id', Integer),
    Column('stars', Integer)
)


class Review(Base):
    __tablename__ = 'review'
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['book.id'], name='review_book_id_fkey'),
        PrimaryKeyConstraint('id', name='review_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    book_id: Mapped[Optional[int]] = mapped_column(Integer)
    stars: Mapped[Optional[int]] = mapped_column(Integer)

    book: Mapped[Optional['Book']] = relationship('Book', back_populates='review')
