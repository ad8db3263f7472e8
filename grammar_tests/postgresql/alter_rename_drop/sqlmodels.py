from typing import Optional

from sqlalchemy import CheckConstraint, Column, Index, Integer, PrimaryKeyConstraint, Sequence, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

class Articles(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('posts_title_lower')
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('posts_id_seq'), primary_key=True, autoincrement=True))
    headline: str = Field(sa_column=Column('headline', Text, nullable=False))
    author_id: Optional[int] = Field(default=None, sa_column=Column('author_id', Integer))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text, server_default=text("'x'::text")))


class Tmp(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tmp_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    users_id: Optional[int] = Field(default=None, sa_column=Column('users_id', Integer))


class Users(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('years > 0', name='users_age_check'),
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email', name='users_email_unique')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    nickname: Optional[str] = Field(default=None, sa_column=Column('nickname', Text))
    years: Optional[int] = Field(default=None, sa_column=Column('years', Integer))
