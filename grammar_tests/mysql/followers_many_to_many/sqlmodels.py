from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table
from sqlalchemy.dialects.mysql import BIGINT
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        Index('handle', 'handle', unique=True),
    )

    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True, autoincrement=True))
    handle: str = Field(sa_column=Column('handle', String(40), nullable=False))

    follower: list['Users'] = Relationship(back_populates='followed', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.followed_id, 'secondaryjoin': lambda: Users.id == t_followers.c.follower_id})
    followed: list['Users'] = Relationship(back_populates='follower', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.follower_id, 'secondaryjoin': lambda: Users.id == t_followers.c.followed_id})


t_followers = Table(
    'followers', SQLModel.metadata,
    Column('follower_id', BIGINT(20), primary_key=True),
    Column('followed_id', BIGINT(20), primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], name='followers_ibfk_2'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], name='followers_ibfk_1'),
    Index('followed_id', 'followed_id')
)
