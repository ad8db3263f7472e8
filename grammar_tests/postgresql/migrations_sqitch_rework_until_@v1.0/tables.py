from sqlalchemy import CHAR, Column, Date, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_books = Table(
    'books', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('isbn', CHAR(13), nullable=False),
    Column('title', Text, nullable=False),
    Column('copies', Integer, nullable=False, server_default=text('1')),
    PrimaryKeyConstraint('id', name='books_pkey'),
    UniqueConstraint('isbn', name='books_isbn_key')
)

t_loan_overview = Table(
    'loan_overview', metadata,
    Column('id', Integer),
    Column('title', Text),
    Column('lent_on', Date)
)

t_readers = Table(
    'readers', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('card_number', String(12), nullable=False),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='readers_pkey'),
    UniqueConstraint('card_number', name='readers_card_number_key')
)

t_loans = Table(
    'loans', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('reader_id', Integer, nullable=False),
    Column('book_id', Integer, nullable=False),
    Column('lent_on', Date, nullable=False, server_default=text('CURRENT_DATE')),
    Column('returned_on', Date),
    ForeignKeyConstraint(['book_id'], ['books.id'], name='loans_book_id_fkey'),
    ForeignKeyConstraint(['reader_id'], ['readers.id'], name='loans_reader_id_fkey'),
    PrimaryKeyConstraint('id', name='loans_pkey')
)

t_wishlist = Table(
    'wishlist', metadata,
    Column('reader_id', Integer, primary_key=True),
    Column('book_id', Integer, primary_key=True),
    ForeignKeyConstraint(['book_id'], ['books.id'], name='wishlist_book_id_fkey'),
    ForeignKeyConstraint(['reader_id'], ['readers.id'], name='wishlist_reader_id_fkey'),
    PrimaryKeyConstraint('reader_id', 'book_id', name='wishlist_pkey')
)
