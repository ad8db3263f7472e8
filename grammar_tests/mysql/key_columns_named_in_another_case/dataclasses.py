from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('Email', 'Email', unique=True),
        Index('by_email', 'Email'),
        Index('by_email_nick', 'Email', 'Nick', mysql_length={'Nick': 10})
    )

    Id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    Email: Mapped[str] = mapped_column(String(50), nullable=False)
    Nick: Mapped[Optional[str]] = mapped_column(Text)

    posts_Author: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.Author]', back_populates='users')
    posts_Editor: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.Editor]', back_populates='users_')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        ForeignKeyConstraint(['Author'], ['users.Email'], name='posts_ibfk_1'),
        ForeignKeyConstraint(['Editor'], ['users.Id'], name='posts_editor'),
        Index('Author', 'Author'),
        Index('posts_editor', 'Editor')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    Author: Mapped[Optional[str]] = mapped_column(String(50))
    Editor: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[Author], back_populates='posts_Author')
    users_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[Editor], back_populates='posts_Editor')
