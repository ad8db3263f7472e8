from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_book = Table(
    'book', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('author_id', Integer),
    Column('title', Text, nullable=False),
    Column('pages', Integer),
    PrimaryKeyConstraint('id', name='book_pkey')
)

t_book_stats = Table(
    'book_stats', metadata,
    Column('id', Integer),
    Column('total_pages', BigInteger),
    Index('book_stats_id', 'id', unique=True)
)

t_review_summary = Table(
    'review_summary', metadata,
    Column('id', Integer),
    Column('stars', Integer)
)

t_review = Table(
    'review', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('book_id', Integer),
    Column('stars', Integer),
    ForeignKeyConstraint(['book_id'], ['book.id'], name='review_book_id_fkey'),
    PrimaryKeyConstraint('id', name='review_pkey')
)
