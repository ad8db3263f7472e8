from typing import Optional
import datetime

from sqlalchemy import CHAR, Column, Date, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Books(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='books_pkey'),
        UniqueConstraint('isbn', name='books_isbn_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    isbn: str = Field(sa_column=Column('isbn', CHAR(13), nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    copies: int = Field(sa_column=Column('copies', Integer, nullable=False, server_default=text('1')))

    reader: list['Readers'] = Relationship(back_populates='book', sa_relationship_kwargs={'secondary': 'wishlist'})
    loans: list['Loans'] = Relationship(back_populates='book')


class Readers(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='readers_pkey'),
        UniqueConstraint('card_number', name='readers_card_number_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    card_number: str = Field(sa_column=Column('card_number', String(12), nullable=False))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    book: list['Books'] = Relationship(back_populates='reader', sa_relationship_kwargs={'secondary': 'wishlist'})
    loans: list['Loans'] = Relationship(back_populates='reader')


class Loans(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['books.id'], name='loans_book_id_fkey'),
        ForeignKeyConstraint(['reader_id'], ['readers.id'], name='loans_reader_id_fkey'),
        PrimaryKeyConstraint('id', name='loans_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    reader_id: int = Field(sa_column=Column('reader_id', Integer, nullable=False))
    book_id: int = Field(sa_column=Column('book_id', Integer, nullable=False))
    lent_on: datetime.date = Field(sa_column=Column('lent_on', Date, nullable=False, server_default=text('CURRENT_DATE')))
    returned_on: Optional[datetime.date] = Field(default=None, sa_column=Column('returned_on', Date))

    book: 'Books' = Relationship(back_populates='loans')
    reader: 'Readers' = Relationship(back_populates='loans')


t_wishlist = Table(
    'wishlist', SQLModel.metadata,
    Column('reader_id', Integer, primary_key=True),
    Column('book_id', Integer, primary_key=True),
    ForeignKeyConstraint(['book_id'], ['books.id'], name='wishlist_book_id_fkey'),
    ForeignKeyConstraint(['reader_id'], ['readers.id'], name='wishlist_reader_id_fkey'),
    PrimaryKeyConstraint('reader_id', 'book_id', name='wishlist_pkey')
)
