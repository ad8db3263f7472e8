from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        Index('by_email', 'email'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    full_name: Optional[str] = Field(default=None, sa_column=Column('full_name', Text))
    email: Optional[str] = Field(default=None, sa_column=Column('email', Text))

    articles: list['Articles'] = Relationship(back_populates='user')


class Articles(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', ForeignKey('users.id')))

    user: Optional['Users'] = Relationship(back_populates='articles')
