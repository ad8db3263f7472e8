from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tags(Base):
    __tablename__ = 'tags'
    __table_args__ = (
        Index('uq_tags_name', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)

    post: Mapped[list['Posts']] = relationship('Posts', secondary='post_tags', back_populates='tag')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('ix_users_email', 'email', unique=True),
        Index('uq_users_username', 'username', unique=True),
        {'comment': 'registered users'}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(50), nullable=False)
    email: Mapped[str] = mapped_column(String(255), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='fk_posts_user_id'),
        Index('ix_posts_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    published: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    body: Mapped[Optional[str]] = mapped_column(Text, comment='markdown source')

    user: Mapped['Users'] = relationship('Users', back_populates='posts')
    tag: Mapped[list['Tags']] = relationship('Tags', secondary='post_tags', back_populates='post')


t_post_tags = Table(
    'post_tags', Base.metadata,
    Column('post_id', BIGINT(20), primary_key=True),
    Column('tag_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='fk_post_tags_post_id'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='fk_post_tags_tag_id'),
    Index('ix_post_tags_tag_id', 'tag_id')
)
