from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_authors = Table(
    'authors', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False)
)

t_book_titles = Table(
    'book_titles', metadata,
    Column('id', Integer),
    Column('title', Text)
)

t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True),
    Column('author_id', ForeignKey('authors.id'), nullable=False),
    Column('title', Text, nullable=False)
)

t_reviews = Table(
    'reviews', metadata,
    Column('id', Integer, primary_key=True),
    Column('book_id', ForeignKey('books.id'), nullable=False),
    Column('stars', Integer, nullable=False)
)
