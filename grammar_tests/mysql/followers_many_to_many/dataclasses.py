from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table
from sqlalchemy.dialects.mysql import BIGINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('handle', 'handle', unique=True),
    )

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True, autoincrement=True)
    handle: Mapped[str] = mapped_column(String(40), nullable=False)

    follower: Mapped[list['Users']] = relationship('Users', secondary='followers', primaryjoin=lambda: Users.id == t_followers.c.followed_id, secondaryjoin=lambda: Users.id == t_followers.c.follower_id, back_populates='followed')
    followed: Mapped[list['Users']] = relationship('Users', secondary='followers', primaryjoin=lambda: Users.id == t_followers.c.follower_id, secondaryjoin=lambda: Users.id == t_followers.c.followed_id, back_populates='follower')


t_followers = Table(
    'followers', Base.metadata,
    Column('follower_id', BIGINT(20), primary_key=True),
    Column('followed_id', BIGINT(20), primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], name='followers_ibfk_2'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], name='followers_ibfk_1'),
    Index('followed_id', 'followed_id')
)
