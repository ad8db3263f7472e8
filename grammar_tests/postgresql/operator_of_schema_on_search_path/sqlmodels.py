from sqlalchemy import CheckConstraint, Column, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import CITEXT
from sqlmodel import Field, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("email ~~ '%%@%%'::text", name='users_email_check'),
        CheckConstraint("length(username::text) >= 2 AND username ~ '^[a-z]+$'::citext", name='users_username_check'),
        PrimaryKeyConstraint('id', name='users_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    username: str = Field(sa_column=Column('username', CITEXT, nullable=False))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
