from typing import Optional
import datetime

from sqlalchemy import Boolean, DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Sequence, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('username', name='users_username_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))

    articles: Mapped[list['Articles']] = relationship('Articles', back_populates='author')


class Articles(Base):
    __tablename__ = 'articles'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['users.id'], name='posts_author_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('posts_id_seq'), primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    published_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))

    author: Mapped['Users'] = relationship('Users', back_populates='articles')
    drafts: Mapped[list['Drafts']] = relationship('Drafts', back_populates='post')


class Drafts(Base):
    __tablename__ = 'drafts'
    __table_args__ = (
        ForeignKeyConstraint(['post_id'], ['articles.id'], ondelete='CASCADE', name='drafts_post_id_fkey'),
        PrimaryKeyConstraint('id', name='drafts_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    post_id: Mapped[int] = mapped_column(Integer, nullable=False)
    saved_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))

    post: Mapped['Articles'] = relationship('Articles', back_populates='drafts')
