from typing import Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("email LIKE '%@%'"),
    )

    login: str = Field(sa_column=Column('login', Text, nullable=False, unique=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    nick: Optional[str] = Field(default=None, sa_column=Column('nick', Text, server_default=text("'anon'")))

    sessions: list['Sessions'] = Relationship(back_populates='user')


class Sessions(SQLModel, table=True):
    token: str = Field(sa_column=Column('token', Text, primary_key=True))
    user_id: int = Field(sa_column=Column('user_id', ForeignKey('users.id'), nullable=False))
    created_at: Optional[str] = Field(default=None, sa_column=Column('created_at', Text, server_default=text('CURRENT_TIMESTAMP')))

    user: 'Users' = Relationship(back_populates='sessions')
