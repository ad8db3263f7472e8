from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class People(Base):
    __tablename__ = 'people'

    full_name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    quotes: Mapped[list['Quotes']] = relationship('Quotes', back_populates='author')


t_quote_list = Table(
    'quote_list', Base.metadata,
    Column('id', Integer),
    Column('full_name', Text),
    Column('body', Text)
)


class Tags(Base):
    __tablename__ = 'tags'

    label: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    quote: Mapped[list['Quotes']] = relationship('Quotes', secondary='quote_tags', back_populates='tag')


class Quotes(Base):
    __tablename__ = 'quotes'
    __table_args__ = (
        Index('quotes_author_idx', 'author_id'),
    )

    author_id: Mapped[int] = mapped_column(ForeignKey('people.id'), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    said_on: Mapped[Optional[str]] = mapped_column(Text)

    author: Mapped['People'] = relationship('People', back_populates='quotes')
    tag: Mapped[list['Tags']] = relationship('Tags', secondary='quote_tags', back_populates='quote')


t_quote_tags = Table(
    'quote_tags', Base.metadata,
    Column('quote_id', ForeignKey('quotes.id'), primary_key=True),
    Column('tag_id', ForeignKey('tags.id'), primary_key=True)
)
