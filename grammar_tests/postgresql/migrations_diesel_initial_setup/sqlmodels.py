from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, String, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('username', name='users_username_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    username: str = Field(sa_column=Column('username', String(64), nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('now()')))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', DateTime, nullable=False, server_default=text('now()')))

    articles: list['Articles'] = Relationship(back_populates='author')


class Articles(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['users.id'], name='posts_author_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('articles_author_id_idx', 'author_id', postgresql_where='published')
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('posts_id_seq'), primary_key=True, autoincrement=True))
    author_id: int = Field(sa_column=Column('author_id', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    content: str = Field(sa_column=Column('content', Text, nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('false')))
    published_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('published_at', DateTime(True)))

    author: 'Users' = Relationship(back_populates='articles')
