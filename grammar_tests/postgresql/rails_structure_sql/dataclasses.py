from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, DateTime, Enum, ForeignKeyConstraint, Index, Integer, Numeric, PrimaryKeyConstraint, String, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class UserRole(str, enum.Enum):
    MEMBER = 'member'
    ADMIN = 'admin'


class ArInternalMetadata(Base):
    __tablename__ = 'ar_internal_metadata'
    __table_args__ = (
        PrimaryKeyConstraint('key', name='ar_internal_metadata_pkey'),
    )

    key: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    value: Mapped[Optional[str]] = mapped_column(String)


class SchemaMigrations(Base):
    __tablename__ = 'schema_migrations'
    __table_args__ = (
        PrimaryKeyConstraint('version', name='schema_migrations_pkey'),
    )

    version: Mapped[str] = mapped_column(String, primary_key=True)


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        Index('index_users_on_email', postgresql_where='(deleted_at IS NULL)', unique=True),
        Index('index_users_on_reset_password_token', 'reset_password_token', unique=True),
        Index('index_users_on_settings', 'settings', postgresql_ops={'settings': 'jsonb_path_ops'}, postgresql_using='gin'),
        Index('index_users_on_tags', 'tags', postgresql_using='gin')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String, nullable=False, server_default=text("''::character varying"))
    encrypted_password: Mapped[str] = mapped_column(String, nullable=False, server_default=text("''::character varying"))
    role: Mapped[UserRole] = mapped_column(Enum(UserRole, values_callable=lambda cls: [member.value for member in cls], name='user_role'), nullable=False, server_default=text("'member'::user_role"))
    settings: Mapped[object] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, server_default=text('gen_random_uuid()'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    reset_password_token: Mapped[Optional[str]] = mapped_column(String)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String()), server_default=text("'{}'::character varying[]"))
    score: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 3), server_default=text('0.0'))
    deleted_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=6))

    articles: Mapped[list['Articles']] = relationship('Articles', back_populates='user')
    comments: Mapped[list['Comments']] = relationship('Comments', back_populates='user')


class Articles(Base):
    __tablename__ = 'articles'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='fk_rails_3d31dad1cc'),
        PrimaryKeyConstraint('id', name='articles_pkey'),
        Index('index_articles_on_published_at', 'published_at', postgresql_where='published'),
        Index('index_articles_on_user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    title: Mapped[str] = mapped_column(String, nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    views: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)
    published_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    user: Mapped['Users'] = relationship('Users', back_populates='articles')
    comments: Mapped[list['Comments']] = relationship('Comments', back_populates='article')


class Comments(Base):
    __tablename__ = 'comments'
    __table_args__ = (
        ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE', name='fk_rails_3bf61a60d3'),
        ForeignKeyConstraint(['parent_id'], ['comments.id'], name='fk_rails_31554e7034'),
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='SET NULL', name='fk_rails_03de2dc08c'),
        PrimaryKeyConstraint('id', name='comments_pkey'),
        Index('index_comments_on_article_id', 'article_id'),
        Index('index_comments_on_parent_id', 'parent_id')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=6), nullable=False)
    user_id: Mapped[Optional[int]] = mapped_column(BigInteger)
    parent_id: Mapped[Optional[int]] = mapped_column(BigInteger)

    article: Mapped['Articles'] = relationship('Articles', back_populates='comments')
    parent: Mapped[Optional['Comments']] = relationship('Comments', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Comments']] = relationship('Comments', remote_side=[parent_id], back_populates='parent')
    user: Mapped[Optional['Users']] = relationship('Users', back_populates='comments')
