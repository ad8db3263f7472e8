from typing import Optional

from sqlalchemy import Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('email', 'email', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(100), nullable=False)
    age: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        Index('posts_title_uq', 'user_id', 'title', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False)

    user: Mapped['Users'] = relationship('Users', back_populates='posts')
