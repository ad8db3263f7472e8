from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class Tags(SQLModel, table=True):
    __table_args__ = (
        Index('uq_tags_name', 'name', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))

    post: list['Posts'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'post_tags'})


class Users(SQLModel, table=True):
    __table_args__ = (
        Index('ix_users_email', 'email', unique=True),
        Index('uq_users_username', 'username', unique=True),
        {'comment': 'registered users'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    username: str = Field(sa_column=Column('username', String(50), nullable=False))
    email: str = Field(sa_column=Column('email', String(255), nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='fk_posts_user_id'),
        Index('ix_posts_user_id', 'user_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', INTEGER(11), nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    published: int = Field(sa_column=Column('published', TINYINT(1), nullable=False, server_default=text('0')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text, comment='markdown source'))

    user: 'Users' = Relationship(back_populates='posts')
    tag: list['Tags'] = Relationship(back_populates='post', sa_relationship_kwargs={'secondary': 'post_tags'})


t_post_tags = Table(
    'post_tags', SQLModel.metadata,
    Column('post_id', BIGINT(20), primary_key=True),
    Column('tag_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='fk_post_tags_post_id'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='fk_post_tags_tag_id'),
    Index('ix_post_tags_tag_id', 'tag_id')
)
