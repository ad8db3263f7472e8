from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, PrimaryKeyConstraint, Table, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('handle', name='users_handle_key')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    handle: str = Field(sa_column=Column('handle', Text, nullable=False))

    follower: list['Users'] = Relationship(back_populates='followed', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.followed_id, 'secondaryjoin': lambda: Users.id == t_followers.c.follower_id})
    followed: list['Users'] = Relationship(back_populates='follower', sa_relationship_kwargs={'secondary': 'followers', 'primaryjoin': lambda: Users.id == t_followers.c.follower_id, 'secondaryjoin': lambda: Users.id == t_followers.c.followed_id})


t_followers = Table(
    'followers', SQLModel.metadata,
    Column('follower_id', BigInteger, primary_key=True),
    Column('followed_id', BigInteger, primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], name='followers_followed_id_fkey'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], name='followers_follower_id_fkey'),
    PrimaryKeyConstraint('follower_id', 'followed_id', name='followers_pkey')
)
