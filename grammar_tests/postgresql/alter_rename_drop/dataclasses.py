from typing import Optional

from sqlalchemy import CheckConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Articles(Base):
    __tablename__ = 'articles'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('posts_title_lower')
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('posts_id_seq'), primary_key=True, autoincrement=True)
    headline: Mapped[str] = mapped_column(Text, nullable=False)
    author_id: Mapped[Optional[int]] = mapped_column(Integer)
    body: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'x'::text"))


class Tmp(Base):
    __tablename__ = 'tmp'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tmp_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    users_id: Mapped[Optional[int]] = mapped_column(Integer)


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        CheckConstraint('years > 0', name='users_age_check'),
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email', name='users_email_unique')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    nickname: Mapped[Optional[str]] = mapped_column(Text)
    years: Mapped[Optional[int]] = mapped_column(Integer)
