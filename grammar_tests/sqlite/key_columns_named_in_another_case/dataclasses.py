from typing import Optional

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('by_email', 'Email'),
        Index('by_email_nick', 'Email', 'Nick'),
        Index('by_nick', 'Nick', unique=True)
    )

    Email: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    Nick: Mapped[Optional[str]] = mapped_column(Text)

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='users')


class Posts(Base):
    __tablename__ = 'posts'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    Author: Mapped[Optional[int]] = mapped_column(ForeignKey('users.id'))

    users: Mapped[Optional['Users']] = relationship('Users', back_populates='posts')
