from sqlalchemy import Column, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_author_list = Table(
    'author_list', metadata,
    Column('id', INTEGER(11)),
    Column('full_name', String(80))
)

t_books = Table(
    'books', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(200))
)

t_imprint_names = Table(
    'imprint_names', metadata,
    Column('name', String(80))
)

t_imprints = Table(
    'imprints', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('publisher_id', INTEGER(11)),
    Column('name', String(80))
)

t_old_books = Table(
    'old_books', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('author_id', INTEGER(11), nullable=False),
    Column('title', String(200))
)

t_publishers = Table(
    'publishers', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_shelf = Table(
    'shelf', metadata,
    Column('id', INTEGER(11)),
    Column('title', String(200))
)

t_writers = Table(
    'writers', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('full_name', String(80), nullable=False)
)
