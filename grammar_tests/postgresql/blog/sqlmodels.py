from typing import Optional
import datetime

from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKeyConstraint, Identity, Index, Integer, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Tags(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tags_pkey'),
        UniqueConstraint('name', name='tags_name_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))

    post: list['Posts'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'post_tags'})


class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('username', name='users_username_key'),
        Index('ix_users_email', 'email', unique=True),
        {'comment': 'registered users'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    username: str = Field(sa_column=Column('username', String(50), nullable=False))
    email: str = Field(sa_column=Column('email', String(255), nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime(True), nullable=False, server_default=text('now()')))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='posts_user_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('ix_posts_user_id', 'user_id')
    )

    id: int = Field(sa_column=Column('id', BigInteger, Identity(start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('false')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime(True), nullable=False, server_default=text('now()')))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text, comment='markdown source'))

    user: 'Users' = Relationship(back_populates='posts')
    tag: list['Tags'] = Relationship(back_populates='post', sa_relationship_kwargs={'secondary': 'post_tags'})


t_post_tags = Table(
    'post_tags', SQLModel.metadata,
    Column('post_id', BigInteger, primary_key=True),
    Column('tag_id', Integer, primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='post_tags_post_id_fkey'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='post_tags_tag_id_fkey'),
    PrimaryKeyConstraint('post_id', 'tag_id', name='post_tags_pkey')
)
