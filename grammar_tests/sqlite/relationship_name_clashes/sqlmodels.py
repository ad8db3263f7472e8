from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    documents_owner: list['Documents'] = Relationship(back_populates='users', sa_relationship_kwargs={'foreign_keys': '[Documents.owner]'})
    documents_reviewer: list['Documents'] = Relationship(back_populates='reviewer_', sa_relationship_kwargs={'foreign_keys': '[Documents.reviewer_id]'})
    documents_user: list['Documents'] = Relationship(back_populates='user_', sa_relationship_kwargs={'foreign_keys': '[Documents.user_id]'})


class Documents(SQLModel, table=True):
    owner: int = Field(sa_column=Column('owner', ForeignKey('users.id'), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', ForeignKey('users.id')))
    user: Optional[str] = Field(default=None, sa_column=Column('user', Text))
    reviewer_id: Optional[int] = Field(default=None, sa_column=Column('reviewer_id', ForeignKey('users.id')))
    reviewer: Optional[str] = Field(default=None, sa_column=Column('reviewer', Text))
    metadata_: Optional[str] = Field(default=None, sa_column=Column('metadata', Text))

    users: 'Users' = Relationship(back_populates='documents_owner', sa_relationship_kwargs={'foreign_keys': '[Documents.owner]'})
    reviewer_: Optional['Users'] = Relationship(back_populates='documents_reviewer', sa_relationship_kwargs={'foreign_keys': '[Documents.reviewer_id]'})
    user_: Optional['Users'] = Relationship(back_populates='documents_user', sa_relationship_kwargs={'foreign_keys': '[Documents.user_id]'})
