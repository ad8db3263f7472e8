from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tags(Base):
    __tablename__ = 'tags'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class Users(Base):
    __tablename__ = 'users'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class Posts(Base):
    __tablename__ = 'posts'

    author_id: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    editor_id: Mapped[Optional[int]] = mapped_column(ForeignKey('users.id'))

    users: Mapped['Users'] = relationship('Users', foreign_keys=[author_id])
    users_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[editor_id])
    tags: Mapped[list['Tags']] = relationship('Tags', secondary='post_tags')


t_post_tags = Table(
    'post_tags', Base.metadata,
    Column('post_id', ForeignKey('posts.id'), nullable=False),
    Column('tag_id', ForeignKey('tags.id'), nullable=False)
)
