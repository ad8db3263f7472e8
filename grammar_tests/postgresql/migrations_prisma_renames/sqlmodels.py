from typing import Optional
import datetime
import enum

from sqlalchemy import Boolean, Column, Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlmodel import Field, Relationship, SQLModel

class Role(str, enum.Enum):
    USER = 'USER'
    ADMIN = 'ADMIN'


class User(SQLModel, table=True):
    __tablename__ = 'User'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='User_pkey'),
        Index('User_email_key', 'email', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    role: Role = Field(sa_column=Column('role', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='Role'), nullable=False, server_default=text('\'USER\'::"Role"')))
    createdAt: datetime.datetime = Field(sa_column=Column('createdAt', TIMESTAMP(precision=3), nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))
    updatedAt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updatedAt', TIMESTAMP(precision=3)))

    Article: list['Article'] = Relationship(back_populates='User_')


class Article(SQLModel, table=True):
    __tablename__ = 'Article'
    __table_args__ = (
        ForeignKeyConstraint(['authorId'], ['User.id'], ondelete='RESTRICT', onupdate='CASCADE', name='Article_authorId_fkey'),
        PrimaryKeyConstraint('id', name='Article_pkey'),
        Index('Article_authorId_idx', 'authorId')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', String(300), nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('false')))
    authorId: int = Field(sa_column=Column('authorId', Integer, nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    publishedAt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('publishedAt', TIMESTAMP(precision=3)))

    User_: 'User' = Relationship(back_populates='Article')
