from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, LONGTEXT, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class PostsStatus(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'
    ARCHIVED = 'archived'


class Categories(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_parent_id_foreign'),
        Index('categories_parent_id_foreign', 'parent_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(255), nullable=False))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', BIGINT(20, unsigned=True)))

    parent: Optional['Categories'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Categories.id]'})
    parent_reverse: list['Categories'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Categories.parent_id]'})
    posts: list['Posts'] = Relationship(back_populates='category')


class Migrations(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    migration: str = Field(sa_column=Column('migration', String(255), nullable=False))
    batch: int = Field(sa_column=Column('batch', INTEGER(11), nullable=False))


class Tags(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(255), nullable=False))

    post: list['Posts'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'post_tag'})


class Users(SQLModel, table=True):
    __table_args__ = (
        Index('users_email_unique', 'email', unique=True),
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(255), nullable=False))
    email: str = Field(sa_column=Column('email', String(255), nullable=False))
    password: str = Field(sa_column=Column('password', String(255), nullable=False))
    is_admin: int = Field(sa_column=Column('is_admin', TINYINT(1), nullable=False, server_default=text('0')))
    balance: decimal.Decimal = Field(sa_column=Column('balance', DECIMAL(12, 2), nullable=False, server_default=text('0.00')))
    email_verified_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('email_verified_at', TIMESTAMP))
    remember_token: Optional[str] = Field(default=None, sa_column=Column('remember_token', String(100)))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_at', TIMESTAMP))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', TIMESTAMP))

    posts: list['Posts'] = Relationship(back_populates='user')


class Posts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['category_id'], ['categories.id'], ondelete='SET NULL', name='posts_category_id_foreign'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='posts_user_id_foreign'),
        Index('posts_category_id_foreign', 'category_id'),
        Index('posts_slug_unique', 'slug', unique=True),
        Index('posts_status_published_at_index', 'status', 'published_at'),
        Index('posts_user_id_foreign', 'user_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', BIGINT(20, unsigned=True), nullable=False))
    title: str = Field(sa_column=Column('title', String(255), nullable=False))
    slug: str = Field(sa_column=Column('slug', String(255), nullable=False))
    body: str = Field(sa_column=Column('body', LONGTEXT, nullable=False))
    status: PostsStatus = Field(sa_column=Column('status', Enum(PostsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")))
    category_id: Optional[int] = Field(default=None, sa_column=Column('category_id', BIGINT(20, unsigned=True)))
    meta: Optional[str] = Field(default=None, sa_column=Column('meta', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))
    published_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('published_at', DateTime))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_at', TIMESTAMP))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', TIMESTAMP))

    category: Optional['Categories'] = Relationship(back_populates='posts')
    user: 'Users' = Relationship(back_populates='posts')
    tag: list['Tags'] = Relationship(back_populates='post', sa_relationship_kwargs={'secondary': 'post_tag'})


t_post_tag = Table(
    'post_tag', SQLModel.metadata,
    Column('post_id', BIGINT(20, unsigned=True), primary_key=True),
    Column('tag_id', BIGINT(20, unsigned=True), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='post_tag_post_id_foreign'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='post_tag_tag_id_foreign'),
    Index('post_tag_tag_id_foreign', 'tag_id')
)
