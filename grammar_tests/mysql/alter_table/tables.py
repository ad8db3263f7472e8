from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_authors = Table(
    'authors', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(50))
)

t_books = Table(
    'books', metadata,
    Column('rank_no', INTEGER(11)),
    Column('id', INTEGER(11), primary_key=True),
    Column('isbn', CHAR(13)),
    Column('author_id', INTEGER(11)),
    Column('title', String(100), nullable=False, index=True),
    ForeignKeyConstraint(['author_id'], ['authors.id'], ondelete='SET NULL', name='fk_books_author'),
    Index('fk_books_author', 'author_id'),
    Index('uq_isbn', 'isbn', unique=True)
)
