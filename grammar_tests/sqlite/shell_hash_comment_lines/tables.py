from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


t_authors = Table(
    'authors', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(80), nullable=False, server_default=text("''"))
)

t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True),
    Column('author_id', ForeignKey('authors.id')),
    Column('title', Text),
    Index('books_author', 'author_id')
)
