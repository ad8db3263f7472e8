from typing import Optional

from sqlalchemy import Column, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        Index('email', 'email', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(100), nullable=False))
    age: Optional[int] = Field(default=None, sa_column=Column('age', INTEGER(11)))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        Index('posts_title_uq', 'user_id', 'title', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', INTEGER(11), nullable=False))
    title: str = Field(sa_column=Column('title', String(100), nullable=False))

    user: 'Users' = Relationship(back_populates='posts')
