from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_authors = Table(
    'authors', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text),
    PrimaryKeyConstraint('id', name='authors_pkey'),
    UniqueConstraint('name', name='authors_name_key'),
    schema='archive'
)

t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    PrimaryKeyConstraint('id', name='notes_pkey')
)

t_old_books = Table(
    'old_books', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('note', Text),
    PrimaryKeyConstraint('id', name='old_books_pkey')
)

t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('author_id', Integer),
    Column('title', Text),
    ForeignKeyConstraint(['author_id'], ['archive.authors.id'], name='books_author_id_fkey'),
    PrimaryKeyConstraint('id', name='books_pkey'),
    Index('books_title_idx', 'title')
)
