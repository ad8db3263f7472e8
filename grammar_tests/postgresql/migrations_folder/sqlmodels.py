from sqlalchemy import Boolean, Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email_address', name='users_email_address_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    email_address: str = Field(sa_column=Column('email_address', Text, nullable=False))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='posts_user_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('posts_published_idx', 'published')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('false')))

    user: 'Users' = Relationship(back_populates='posts')
