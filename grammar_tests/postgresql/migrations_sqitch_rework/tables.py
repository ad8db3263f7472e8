from sqlalchemy import CHAR, Column, Date, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Sequence, String, Table, Text, UniqueConstraint, text

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
    Column('lent_on', Date),
    Column('member_name', Text)
)

t_members = Table(
    'members', metadata,
    Column('id', Integer, Sequence('readers_id_seq'), primary_key=True, autoincrement=True),
    Column('card_number', String(12), nullable=False),
    Column('full_name', Text, nullable=False),
    Column('joined_on', Date, nullable=False, server_default=text('CURRENT_DATE')),
    PrimaryKeyConstraint('id', name='readers_pkey'),
    UniqueConstraint('card_number', name='readers_card_number_key')
)

t_loans = Table(
    'loans', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('member_id', Integer, nullable=False),
    Column('book_id', Integer, nullable=False),
    Column('lent_on', Date, nullable=False, server_default=text('CURRENT_DATE')),
    Column('returned_on', Date),
    ForeignKeyConstraint(['book_id'], ['books.id'], name='loans_book_id_fkey'),
    ForeignKeyConstraint(['member_id'], ['members.id'], name='loans_reader_id_fkey'),
    PrimaryKeyConstraint('id', name='loans_pkey')
)
