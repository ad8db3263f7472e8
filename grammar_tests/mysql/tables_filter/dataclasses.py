from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Authors(Base):
    __tablename__ = 'authors'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    books: Mapped[list['Books']] = relationship('Books', back_populates='author')


t_book_titles = Table(
    'book_titles', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('title', String(200))
)


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['authors.id'], name='books_ibfk_1'),
        Index('author_id', 'author_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)

    author: Mapped['Authors'] = relationship('Authors', back_populates='books')
    reviews: Mapped[list['Reviews']] = relationship('Reviews', back_populates='book')


class Reviews(Base):
    __tablename__ = 'reviews'
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['books.id'], name='reviews_ibfk_1'),
        Index('book_id', 'book_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    book_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    stars: Mapped[int] = mapped_column(TINYINT(4), nullable=False)

    book: Mapped['Books'] = relationship('Books', back_populates='reviews')
