from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, Index, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        Index('users_email_active_idx', 'email', postgresql_where='(deleted_at IS NULL)', unique=True),
        Index('users_email_include_idx', 'email', postgresql_include=['first_name']),
        Index('users_email_lower_idx', unique=True),
        Index('users_full_name_idx'),
        Index('users_high_score_idx', 'score', postgresql_where='((score > 100) AND (deleted_at IS NULL))'),
        Index('users_name_idx', 'last_name', 'first_name'),
        Index('users_score_desc_idx', 'score'),
        Index('users_tags_idx', 'tags', postgresql_using='gin')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    score: int = Field(sa_column=Column('score', Integer, nullable=False, server_default=text('0')))
    first_name: Optional[str] = Field(default=None, sa_column=Column('first_name', Text))
    last_name: Optional[str] = Field(default=None, sa_column=Column('last_name', Text))
    deleted_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('deleted_at', DateTime(True)))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
