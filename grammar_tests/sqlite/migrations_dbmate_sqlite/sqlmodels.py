from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, Table, Text
from sqlmodel import Field, Relationship, SQLModel

class People(SQLModel, table=True):
    full_name: str = Field(sa_column=Column('full_name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    quotes: list['Quotes'] = Relationship(back_populates='author')


class Tags(SQLModel, table=True):
    label: str = Field(sa_column=Column('label', Text, nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    quote: list['Quotes'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'quote_tags'})


class Quotes(SQLModel, table=True):
    __table_args__ = (
        Index('quotes_author_idx', 'author_id'),
    )

    author_id: int = Field(sa_column=Column('author_id', ForeignKey('people.id'), nullable=False))
    body: str = Field(sa_column=Column('body', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    said_on: Optional[str] = Field(default=None, sa_column=Column('said_on', Text))

    author: 'People' = Relationship(back_populates='quotes')
    tag: list['Tags'] = Relationship(back_populates='quote', sa_relationship_kwargs={'secondary': 'quote_tags'})


t_quote_tags = Table(
    'quote_tags', SQLModel.metadata,
    Column('quote_id', ForeignKey('quotes.id'), primary_key=True),
    Column('tag_id', ForeignKey('tags.id'), primary_key=True)
)
