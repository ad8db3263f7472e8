from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, Date, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Person(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(40), nullable=False))
    born: Optional[datetime.date] = Field(default=None, sa_column=Column('born', Date))
    score: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('score', Numeric(6, 2)))

    post: list['Post'] = Relationship(back_populates='author')


class Post(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['person.id'], name='post_author_id_fkey'),
        PrimaryKeyConstraint('id', name='post_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', Integer))
    votes: Optional[int] = Field(default=None, sa_column=Column('votes', SmallInteger))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(True), server_default=text('now()')))

    author: Optional['Person'] = Relationship(back_populates='post')
