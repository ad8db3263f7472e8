from typing import Optional
import datetime

from sqlalchemy import ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = 'Author'
    __table_args__ = (
        Index('User_email_key', 'email', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(191), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)'))
    name: Mapped[Optional[str]] = mapped_column(String(191))
    bio: Mapped[Optional[str]] = mapped_column(Text)

    Post: Mapped[list['Post']] = relationship('Post', back_populates='Author_')


class Post(Base):
    __tablename__ = 'Post'
    __table_args__ = (
        ForeignKeyConstraint(['authorId'], ['Author.id'], onupdate='CASCADE', name='Post_authorId_fkey'),
        Index('Post_authorId_idx', 'authorId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    published: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    authorId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)

    Author_: Mapped['Author'] = relationship('Author', back_populates='Post')
    Comment: Mapped[list['Comment']] = relationship('Comment', back_populates='Post_')


class Comment(Base):
    __tablename__ = 'Comment'
    __table_args__ = (
        ForeignKeyConstraint(['postId'], ['Post.id'], ondelete='CASCADE', onupdate='CASCADE', name='Comment_postId_fkey'),
        Index('Comment_postId_idx', 'postId')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    text_: Mapped[str] = mapped_column('text', String(500), nullable=False)
    postId: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)'))

    Post_: Mapped['Post'] = relationship('Post', back_populates='Comment')
