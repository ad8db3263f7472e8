from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tags(Base):
    __tablename__ = 'tags'

    name: Mapped[str] = mapped_column(String(50), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    post: Mapped[list['Posts']] = relationship('Posts', secondary='post_tags', back_populates='tag')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('ix_users_email', 'email', unique=True),
    )

    username: Mapped[str] = mapped_column(String(50), nullable=False)
    email: Mapped[str] = mapped_column(String(255), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        Index('ix_posts_user_id', 'user_id'),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)

    user: Mapped['Users'] = relationship('Users', back_populates='posts')
    tag: Mapped[list['Tags']] = relationship('Tags', secondary='post_tags', back_populates='post')


t_post_tags = Table(
    'post_tags', Base.metadata,
    Column('post_id', ForeignKey('posts.id'), primary_key=True),
    Column('tag_id', ForeignKey('tags.id'), primary_key=True)
)
