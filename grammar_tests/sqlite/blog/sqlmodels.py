from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Tags(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', String(50), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    post: list['Posts'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'post_tags'})


class Users(SQLModel, table=True):
    __table_args__ = (
        Index('ix_users_email', 'email', unique=True),
    )

    username: str = Field(sa_column=Column('username', String(50), nullable=False))
    email: str = Field(sa_column=Column('email', String(255), nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        Index('ix_posts_user_id', 'user_id'),
    )

    user_id: int = Field(sa_column=Column('user_id', ForeignKey('users.id'), nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('0')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))

    user: 'Users' = Relationship(back_populates='posts')
    tag: list['Tags'] = Relationship(back_populates='post', sa_relationship_kwargs={'secondary': 'post_tags'})


t_post_tags = Table(
    'post_tags', SQLModel.metadata,
    Column('post_id', ForeignKey('posts.id'), primary_key=True),
    Column('tag_id', ForeignKey('tags.id'), primary_key=True)
)
