from typing import Optional
import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Identity, Index, Integer, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tags(Base):
    __tablename__ = 'tags'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tags_pkey'),
        UniqueConstraint('name', name='tags_name_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)

    post: Mapped[list['Posts']] = relationship('Posts', secondary='post_tags', back_populates='tag')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('username', name='users_username_key'),
        Index('ix_users_email', 'email', unique=True),
        {'comment': 'registered users'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(50), nullable=False)
    email: Mapped[str] = mapped_column(String(255), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        CheckConstraint('char_length(title::text) > 0', name='posts_title_check'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='posts_user_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('ix_posts_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    body: Mapped[Optional[str]] = mapped_column(Text)

    user: Mapped['Users'] = relationship('Users', back_populates='posts')
    tag: Mapped[list['Tags']] = relationship('Tags', secondary='post_tags', back_populates='post')


t_post_tags = Table(
    'post_tags', Base.metadata,
    Column('post_id', BigInteger, primary_key=True),
    Column('tag_id', Integer, primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='post_tags_post_id_fkey'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='post_tags_tag_id_fkey'),
    PrimaryKeyConstraint('post_id', 'tag_id', name='post_tags_pkey')
)
