from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    profiles: 'Profiles' = Relationship(back_populates='user', sa_relationship_kwargs={'uselist': False})


class Profiles(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_user_id_fkey'),
        PrimaryKeyConstraint('id', name='profiles_pkey'),
        UniqueConstraint('user_id', name='profiles_user_id_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', Integer, nullable=False))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    user: 'Users' = Relationship(back_populates='profiles')
