from typing import Optional
import datetime

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class Author(SQLModel, table=True):
    __tablename__ = 'Author'
    __table_args__ = (
        Index('User_email_key', 'email', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(191), nullable=False))
    createdAt: datetime.datetime = Field(sa_column=Column('createdAt', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(191)))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    Post: list['Post'] = Relationship(back_populates='Author_')


class Post(SQLModel, table=True):
    __tablename__ = 'Post'
    __table_args__ = (
        ForeignKeyConstraint(['authorId'], ['Author.id'], onupdate='CASCADE', name='Post_authorId_fkey'),
        Index('Post_authorId_idx', 'authorId')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', String(255), nullable=False))
    published: int = Field(sa_column=Column('published', TINYINT(1), nullable=False, server_default=text('0')))
    authorId: int = Field(sa_column=Column('authorId', INTEGER(11), nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))

    Author_: 'Author' = Relationship(back_populates='Post')
    Comment: list['Comment'] = Relationship(back_populates='Post_')


class Comment(SQLModel, table=True):
    __tablename__ = 'Comment'
    __table_args__ = (
        ForeignKeyConstraint(['postId'], ['Post.id'], ondelete='CASCADE', onupdate='CASCADE', name='Comment_postId_fkey'),
        Index('Comment_postId_idx', 'postId')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    text_: str = Field(sa_column=Column('text', String(500), nullable=False))
    postId: int = Field(sa_column=Column('postId', INTEGER(11), nullable=False))
    createdAt: datetime.datetime = Field(sa_column=Column('createdAt', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')))

    Post_: 'Post' = Relationship(back_populates='Comment')
