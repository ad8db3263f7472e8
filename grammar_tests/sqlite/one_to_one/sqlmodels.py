from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    profiles: 'Profiles' = Relationship(back_populates='user', sa_relationship_kwargs={'uselist': False})


class Profiles(SQLModel, table=True):
    user_id: int = Field(sa_column=Column('user_id', ForeignKey('users.id'), nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    user: 'Users' = Relationship(back_populates='profiles')
