from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'

    handle: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    follower: Mapped[list['Users']] = relationship('Users', secondary='followers', primaryjoin=lambda: Users.id == t_followers.c.followed_id, secondaryjoin=lambda: Users.id == t_followers.c.follower_id, back_populates='followed')
    followed: Mapped[list['Users']] = relationship('Users', secondary='followers', primaryjoin=lambda: Users.id == t_followers.c.follower_id, secondaryjoin=lambda: Users.id == t_followers.c.followed_id, back_populates='follower')


t_followers = Table(
    'followers', Base.metadata,
    Column('follower_id', ForeignKey('users.id'), primary_key=True),
    Column('followed_id', ForeignKey('users.id'), primary_key=True)
)
