from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    posts_editor: list['Posts'] = Relationship(back_populates='users', sa_relationship_kwargs={'foreign_keys': '[Posts.editor]'})
    posts_editor_: list['Posts'] = Relationship(back_populates='editor_', sa_relationship_kwargs={'foreign_keys': '[Posts.editor_id]'})
    posts_user: list['Posts'] = Relationship(back_populates='user_', sa_relationship_kwargs={'foreign_keys': '[Posts.user_id]'})


class Posts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['editor'], ['users.id'], name='posts_editor_fkey'),
        ForeignKeyConstraint(['editor_id'], ['users.id'], name='posts_editor_id_fkey'),
        ForeignKeyConstraint(['user_id'], ['users.id'], name='posts_user_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    user: Optional[str] = Field(default=None, sa_column=Column('user', Text))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', Integer))
    editor: Optional[int] = Field(default=None, sa_column=Column('editor', Integer))
    editor_id: Optional[int] = Field(default=None, sa_column=Column('editor_id', Integer))

    users: Optional['Users'] = Relationship(back_populates='posts_editor', sa_relationship_kwargs={'foreign_keys': '[Posts.editor]'})
    editor_: Optional['Users'] = Relationship(back_populates='posts_editor_', sa_relationship_kwargs={'foreign_keys': '[Posts.editor_id]'})
    user_: Optional['Users'] = Relationship(back_populates='posts_user', sa_relationship_kwargs={'foreign_keys': '[Posts.user_id]'})
