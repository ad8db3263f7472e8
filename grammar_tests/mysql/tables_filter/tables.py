from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_authors = Table(
    'authors', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False)
)

t_book_titles = Table(
    'book_titles', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('title', String(200))
)

t_books = Table(
    'books', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('author_id', INTEGER(11), nullable=False),
    Column('title', String(200), nullable=False),
    ForeignKeyConstraint(['author_id'], ['authors.id'], name='books_ibfk_1'),
    Index('author_id', 'author_id')
)

t_reviews = Table(
    'reviews', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('book_id', INTEGER(11), nullable=False),
    Column('stars', TINYINT(4), nullable=False),
    ForeignKeyConstraint(['book_id'], ['books.id'], name='reviews_ibfk_1'),
    Index('book_id', 'book_id')
)
