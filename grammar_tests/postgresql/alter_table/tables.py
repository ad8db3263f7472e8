from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_authors = Table(
    'authors', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='authors_pk')
)

t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True),
    Column('author_id', Integer),
    Column('title', Text, nullable=False, server_default=text("'untitled'::text")),
    Column('isbn', String(13)),
    ForeignKeyConstraint(['author_id'], ['authors.id'], ondelete='SET NULL', name='books_author_fk'),
    PrimaryKeyConstraint('id', name='books_pkey'),
    UniqueConstraint('isbn', name='books_isbn_key'),
    Index('books_title_author', 'title', 'author_id', unique=True)
)
