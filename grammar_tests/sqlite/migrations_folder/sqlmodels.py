from typing import Optional

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    email_address: str = Field(sa_column=Column('email_address', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        Index('ix_posts_published', 'published'),
    )

    user_id: int = Field(sa_column=Column('user_id', ForeignKey('users.id'), nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    user: 'Users' = Relationship(back_populates='posts')
