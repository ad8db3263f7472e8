from typing import Optional
import datetime

from sqlalchemy import CHAR, Column, Date, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Sequence, String, Table, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Books(Base):
    __tablename__ = 'books'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='books_pkey'),
        UniqueConstraint('isbn', name='books_isbn_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    isbn: Mapped[str] = mapped_column(CHAR(13), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    copies: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('1'))

    loans: Mapped[list['Loans']] = relationship('Loans', back_populates='book')


t_loan_overview = Table(
    'loan_overview', Base.metadata,
    Column('id', Integer),
    Column('title', Text),
    Column('lent_on', Date),
    Column('member_name', Text)
)


class Members(Base):
    __tablename__ = 'members'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='readers_pkey'),
        UniqueConstraint('card_number', name='readers_card_number_key')
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('readers_id_seq'), primary_key=True, autoincrement=True)
    card_number: Mapped[str] = mapped_column(String(12), nullable=False)
    full_name: Mapped[str] = mapped_column(Text, nullable=False)
    joined_on: Mapped[datetime.date] = mapped_column(Date, nullable=False, server_default=text('CURRENT_DATE'))

    loans: Mapped[list['Loans']] = relationship('Loans', back_populates='member')


class Loans(Base):
    __tablename__ = 'loans'
    __table_args__ = (
        ForeignKeyConstraint(['book_id'], ['books.id'], name='loans_book_id_fkey'),
        ForeignKeyConstraint(['member_id'], ['members.id'], name='loans_reader_id_fkey'),
        PrimaryKeyConstraint('id', name='loans_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[int] = mapped_column(Integer, nullable=False)
    book_id: Mapped[int] = mapped_column(Integer, nullable=False)
    lent_on: Mapped[datetime.date] = mapped_column(Date, nullable=False, server_default=text('CURRENT_DATE'))
    returned_on: Mapped[Optional[datetime.date]] = mapped_column(Date)

    book: Mapped['Books'] = relationship('Books', back_populates='loans')
    member: Mapped['Members'] = relationship('Members', back_populates='loans')
