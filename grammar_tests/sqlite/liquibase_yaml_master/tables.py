from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, TIMESTAMP, Table, Text

metadata = MetaData()


t_shelves = Table(
    'shelves', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text, nullable=False, unique=True)
)

t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False),
    Column('isbn13', String(13)),
    Column('updated_at', TIMESTAMP),
    Column('shelf_id', ForeignKey('shelves.id')),
    Index('ix_books_shelf', 'shelf_id')
)
