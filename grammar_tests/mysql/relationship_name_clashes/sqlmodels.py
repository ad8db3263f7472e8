from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))

    documents_owner: list['Documents'] = Relationship(back_populates='users', sa_relationship_kwargs={'foreign_keys': '[Documents.owner]'})
    documents_reviewer: list['Documents'] = Relationship(back_populates='reviewer_', sa_relationship_kwargs={'foreign_keys': '[Documents.reviewer_id]'})
    documents_user: list['Documents'] = Relationship(back_populates='user_', sa_relationship_kwargs={'foreign_keys': '[Documents.user_id]'})


class Documents(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['owner'], ['users.id'], name='documents_ibfk_1'),
        ForeignKeyConstraint(['reviewer_id'], ['users.id'], name='documents_ibfk_3'),
        ForeignKeyConstraint(['user_id'], ['users.id'], name='documents_ibfk_2'),
        Index('owner', 'owner'),
        Index('reviewer_id', 'reviewer_id'),
        Index('user_id', 'user_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    owner: int = Field(sa_column=Column('owner', INTEGER(11), nullable=False))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', INTEGER(11)))
    user: Optional[str] = Field(default=None, sa_column=Column('user', String(50)))
    reviewer_id: Optional[int] = Field(default=None, sa_column=Column('reviewer_id', INTEGER(11)))
    reviewer: Optional[str] = Field(default=None, sa_column=Column('reviewer', String(50)))

    users: 'Users' = Relationship(back_populates='documents_owner', sa_relationship_kwargs={'foreign_keys': '[Documents.owner]'})
    reviewer_: Optional['Users'] = Relationship(back_populates='documents_reviewer', sa_relationship_kwargs={'foreign_keys': '[Documents.reviewer_id]'})
    user_: Optional['Users'] = Relationship(back_populates='documents_user', sa_relationship_kwargs={'foreign_keys': '[Documents.user_id]'})
