from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Enum, ForeignKeyConstraint, Index, Integer, Numeric, PrimaryKeyConstraint, String, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TIMESTAMP
from sqlmodel import Field, Relationship, SQLModel

class UserRole(str, enum.Enum):
    MEMBER = 'member'
    ADMIN = 'admin'


class ArInternalMetadata(SQLModel, table=True):
    __tablename__ = 'ar_internal_metadata'
    __table_args__ = (
        PrimaryKeyConstraint('key', name='ar_internal_metadata_pkey'),
    )

    key: str = Field(sa_column=Column('key', String, primary_key=True))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', TIMESTAMP(precision=6), nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP(precision=6), nullable=False))
    value: Optional[str] = Field(default=None, sa_column=Column('value', String))


class SchemaMigrations(SQLModel, table=True):
    __tablename__ = 'schema_migrations'
    __table_args__ = (
        PrimaryKeyConstraint('version', name='schema_migrations_pkey'),
    )

    version: str = Field(sa_column=Column('version', String, primary_key=True))


class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        Index('index_users_on_email', postgresql_where='(deleted_at IS NULL)', unique=True),
        Index('index_users_on_reset_password_token', 'reset_password_token', unique=True),
        Index('index_users_on_settings', 'settings', postgresql_ops={'settings': 'jsonb_path_ops'}, postgresql_using='gin'),
        Index('index_users_on_tags', 'tags', postgresql_using='gin')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String, nullable=False, server_default=text("''::character varying")))
    encrypted_password: str = Field(sa_column=Column('encrypted_password', String, nullable=False, server_default=text("''::character varying")))
    role: UserRole = Field(sa_column=Column('role', Enum(UserRole, values_callable=lambda cls: [member.value for member in cls], name='user_role'), nullable=False, server_default=text("'member'::user_role")))
    settings: object = Field(sa_column=Column('settings', JSONB, nullable=False, server_default=text("'{}'::jsonb")))
    uuid: uuid.UUID = Field(sa_column=Column('uuid', Uuid, nullable=False, server_default=text('gen_random_uuid()')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', TIMESTAMP(precision=6), nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP(precision=6), nullable=False))
    reset_password_token: Optional[str] = Field(default=None, sa_column=Column('reset_password_token', String))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(String()), server_default=text("'{}'::character varying[]")))
    score: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('score', Numeric(8, 3), server_default=text('0.0')))
    deleted_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('deleted_at', TIMESTAMP(precision=6)))

    articles: list['Articles'] = Relationship(back_populates='user')
    comments: list['Comments'] = Relationship(back_populates='user')


class Articles(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='fk_rails_3d31dad1cc'),
        PrimaryKeyConstraint('id', name='articles_pkey'),
        Index('index_articles_on_published_at', 'published_at', postgresql_where='published'),
        Index('index_articles_on_user_id', 'user_id')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column('user_id', BigInteger, nullable=False))
    title: str = Field(sa_column=Column('title', String, nullable=False))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('false')))
    views: int = Field(sa_column=Column('views', Integer, nullable=False, server_default=text('0')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', TIMESTAMP(precision=6), nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP(precision=6), nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    published_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('published_at', DateTime))

    user: 'Users' = Relationship(back_populates='articles')
    comments: list['Comments'] = Relationship(back_populates='article')


class Comments(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE', name='fk_rails_3bf61a60d3'),
        ForeignKeyConstraint(['parent_id'], ['comments.id'], name='fk_rails_31554e7034'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='SET NULL', name='fk_rails_03de2dc08c'),
        PrimaryKeyConstraint('id', name='comments_pkey'),
        Index('index_comments_on_article_id', 'article_id'),
        Index('index_comments_on_parent_id', 'parent_id')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    article_id: int = Field(sa_column=Column('article_id', BigInteger, nullable=False))
    body: str = Field(sa_column=Column('body', Text, nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', TIMESTAMP(precision=6), nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP(precision=6), nullable=False))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', BigInteger))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', BigInteger))

    article: 'Articles' = Relationship(back_populates='comments')
    parent: Optional['Comments'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Comments.id]'})
    parent_reverse: list['Comments'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Comments.parent_id]'})
    user: Optional['Users'] = Relationship(back_populates='comments')
