from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, LONGTEXT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class PostsStatus(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'
    ARCHIVED = 'archived'


class Categories(Base):
    __tablename__ = 'categories'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_parent_id_foreign'),
        Index('categories_parent_id_foreign', 'parent_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    parent_id: Mapped[Optional[int]] = mapped_column(BIGINT(20, unsigned=True))

    parent: Mapped[Optional['Categories']] = relationship('Categories', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Categories']] = relationship('Categories', remote_side=[parent_id], back_populates='parent')
    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='category')


class Migrations(Base):
    __tablename__ = 'migrations'

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    migration: Mapped[str] = mapped_column(String(255), nullable=False)
    batch: Mapped[int] = mapped_column(INTEGER(11), nullable=False)


class Tags(Base):
    __tablename__ = 'tags'

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)

    post: Mapped[list['Posts']] = relationship('Posts', secondary='post_tag', back_populates='tag')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('users_email_unique', 'email', unique=True),
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    email: Mapped[str] = mapped_column(String(255), nullable=False)
    password: Mapped[str] = mapped_column(String(255), nullable=False)
    is_admin: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    balance: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    email_verified_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    remember_token: Mapped[Optional[str]] = mapped_column(String(100))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        ForeignKeyConstraint(['category_id'], ['categories.id'], ondelete='SET NULL', name='posts_category_id_foreign'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='posts_user_id_foreign'),
        Index('posts_category_id_foreign', 'category_id'),
        Index('posts_slug_unique', 'slug', unique=True),
        Index('posts_status_published_at_index', 'status', 'published_at'),
        Index('posts_user_id_foreign', 'user_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    slug: Mapped[str] = mapped_column(String(255), nullable=False)
    body: Mapped[str] = mapped_column(LONGTEXT, nullable=False)
    status: Mapped[PostsStatus] = mapped_column(Enum(PostsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'"))
    category_id: Mapped[Optional[int]] = mapped_column(BIGINT(20, unsigned=True))
    meta: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    published_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    category: Mapped[Optional['Categories']] = relationship('Categories', back_populates='posts')
    user: Mapped['Users'] = relationship('Users', back_populates='posts')
    tag: Mapped[list['Tags']] = relationship('Tags', secondary='post_tag', back_populates='post')


t_post_tag = Table(
    'post_tag', Base.metadata,
    Column('post_id', BIGINT(20, unsigned=True), primary_key=True),
    Column('tag_id', BIGINT(20, unsigned=True), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='post_tag_post_id_foreign'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='post_tag_tag_id_foreign'),
    Index('post_tag_tag_id_foreign', 'tag_id')
)
