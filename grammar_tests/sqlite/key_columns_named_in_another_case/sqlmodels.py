from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        Index('by_email', 'Email'),
        Index('by_email_nick', 'Email', 'Nick'),
        Index('by_nick', 'Nick', unique=True)
    )

    Email: str = Field(sa_column=Column('Email', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    Nick: Optional[str] = Field(default=None, sa_column=Column('Nick', Text))

    posts: list['Posts'] = Relationship(back_populates='users')


class Posts(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    Author: Optional[int] = Field(default=None, sa_column=Column('Author', ForeignKey('users.id')))

    users: Optional['Users'] = Relationship(back_populates='posts')
