from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))

    profiles: list['Profiles'] = Relationship(back_populates='user')


class Profiles(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_ibfk_1'),
        Index('uq_profiles_user', 'user_id', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', INTEGER(11), nullable=False))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    user: 'Users' = Relationship(back_populates='profiles')
