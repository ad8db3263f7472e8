from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        Index('Email', 'Email', unique=True),
        Index('by_email', 'Email'),
        Index('by_email_nick', 'Email', 'Nick', mysql_length={'Nick': 10})
    )

    Id: int = Field(sa_column=Column('Id', INTEGER(11), primary_key=True))
    Email: str = Field(sa_column=Column('Email', String(50), nullable=False))
    Nick: Optional[str] = Field(default=None, sa_column=Column('Nick', Text))

    posts_Author: list['Posts'] = Relationship(back_populates='users', sa_relationship_kwargs={'foreign_keys': '[Posts.Author]'})
    posts_Editor: list['Posts'] = Relationship(back_populates='users_', sa_relationship_kwargs={'foreign_keys': '[Posts.Editor]'})


class Posts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['Author'], ['users.Email'], name='posts_ibfk_1'),
        ForeignKeyConstraint(['Editor'], ['users.Id'], name='posts_editor'),
        Index('Author', 'Author'),
        Index('posts_editor', 'Editor')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    Author: Optional[str] = Field(default=None, sa_column=Column('Author', String(50)))
    Editor: Optional[int] = Field(default=None, sa_column=Column('Editor', INTEGER(11)))

    users: Optional['Users'] = Relationship(back_populates='posts_Author', sa_relationship_kwargs={'foreign_keys': '[Posts.Author]'})
    users_: Optional['Users'] = Relationship(back_populates='posts_Editor', sa_relationship_kwargs={'foreign_keys': '[Posts.Editor]'})
