from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, PrimaryKeyConstraint, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('handle', name='users_handle_key')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    handle: Mapped[str] = mapped_column(Text, nullable=False)

    follower: Mapped[list['Users']] = relationship('Users', secondary='followers', primaryjoin=lambda: Users.id == t_followers.c.followed_id, secondaryjoin=lambda: Users.id == t_followers.c.follower_id, back_populates='followed')
    followed: Mapped[list['Users']] = relationship('Users', secondary='followers', primaryjoin=lambda: Users.id == t_followers.c.follower_id, secondaryjoin=lambda: Users.id == t_followers.c.followed_id, back_populates='follower')


t_followers = Table(
    'followers', Base.metadata,
    Column('follower_id', BigInteger, primary_key=True),
    Column('followed_id', BigInteger, primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], name='followers_followed_id_fkey'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], name='followers_follower_id_fkey'),
    PrimaryKeyConstraint('follower_id', 'followed_id', name='followers_pkey')
)
