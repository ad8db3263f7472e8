import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Community(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='community_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    post: list['Post'] = Relationship(back_populates='community')
    post_aggregates: list['PostAggregates'] = Relationship(back_populates='community')


class Post(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['community_id'], ['community.id'], name='post_community_id_fkey'),
        PrimaryKeyConstraint('id', name='post_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    community_id: int = Field(sa_column=Column('community_id', Integer, nullable=False))
    published: datetime.datetime = Field(sa_column=Column('published', DateTime, nullable=False, server_default=text('now()')))

    community: 'Community' = Relationship(back_populates='post')


class PostAggregates(Post, table=True):
    __tablename__ = 'post_aggregates'
    __table_args__ = (
        ForeignKeyConstraint(['community_id'], ['community.id'], name='post_aggregates_community_id_fkey'),
        ForeignKeyConstraint(['post_id'], ['post.id'], name='post_aggregates_post_id_fkey'),
        PrimaryKeyConstraint('post_id', name='post_aggregates_pkey')
    )

    post_id: int = Field(sa_column=Column('post_id', Integer, primary_key=True))
    community_id: int = Field(sa_column=Column('community_id', Integer, nullable=False))
    published: datetime.datetime = Field(sa_column=Column('published', DateTime, nullable=False))
    score: int = Field(sa_column=Column('score', Integer, nullable=False, server_default=text('0')))

    community: 'Community' = Relationship(back_populates='post_aggregates')
