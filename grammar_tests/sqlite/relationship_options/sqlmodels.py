from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text
from sqlmodel import Field, Relationship, SQLModel

class Tags(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class Users(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class Posts(SQLModel, table=True):
    author_id: int = Field(sa_column=Column('author_id', ForeignKey('users.id'), nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    editor_id: Optional[int] = Field(default=None, sa_column=Column('editor_id', ForeignKey('users.id')))

    users: 'Users' = Relationship(sa_relationship_kwargs={'foreign_keys': '[Posts.author_id]'})
    users_: Optional['Users'] = Relationship(sa_relationship_kwargs={'foreign_keys': '[Posts.editor_id]'})
    tags: list['Tags'] = Relationship(sa_relationship_kwargs={'secondary': 'post_tags'})


t_post_tags = Table(
    'post_tags', SQLModel.metadata,
    Column('post_id', ForeignKey('posts.id'), nullable=False),
    Column('tag_id', ForeignKey('tags.id'), nullable=False)
)
