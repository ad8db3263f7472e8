from typing import Optional

from sqlalchemy import Column, Index, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    age: Optional[int] = Field(default=None, sa_column=Column('age', Integer))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        Index('ix_posts_title', 'title'),
    )

    user_id: int = Field(sa_column=Column('user_id', ForeignKey('users.id'), nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    user: 'Users' = Relationship(back_populates='posts')
