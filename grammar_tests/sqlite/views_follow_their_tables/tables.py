from sqlalchemy import CHAR, Column, ForeignKey, Integer, MetaData, REAL, String, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_book_list = Table(
    'book_list', metadata,
    Column('id', Integer),
    Column('Full Title', Text),
    Column('author', String(40)),
    Column('standing', REAL),
    Column('page_count * 2', NullType)
)

t_every_book = Table(
    'every_book', metadata,
    Column('id', Integer),
    Column('author_id', Integer),
    Column('Full Title', Text),
    Column('page_count', Integer),
    Column('isbn', CHAR(13))
)

t_titles = Table(
    'titles', metadata,
    Column('Full Title', Text)
)

t_writers = Table(
    'writers', metadata,
    Column('id', Integer, primary_key=True),
    Column('pen_name', String(40), nullable=False),
    Column('standing', REAL)
)

t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True),
    Column('author_id', ForeignKey('writers.id')),
    Column('Full Title', Text, nullable=False),
    Column('page_count', Integer),
    Column('isbn', CHAR(13))
)
