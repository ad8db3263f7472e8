from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    handle: str = Field(sa_column=Column('handle', Text, nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    follower: list['Users'] = Relationship(back_populates='followed', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.followed_id, 'secondaryjoin': lambda: Users.id == t_followers.c.follower_id})
    followed: list['Users'] = Relationship(back_populates='follower', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.follower_id, 'secondaryjoin': lambda: Users.id == t_followers.c.followed_id})


t_followers = Table(
    'followers', SQLModel.metadata,
    Column('follower_id', ForeignKey('users.id'), primary_key=True),
    Column('followed_id', ForeignKey('users.id'), primary_key=True)
)
