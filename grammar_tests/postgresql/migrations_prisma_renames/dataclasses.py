from typing import Optional
import datetime
import enum

from sqlalchemy import Boolean, Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Role(str, enum.Enum):
    USER = 'USER'
    ADMIN = 'ADMIN'


class User(Base):
    __tablename__ = 'User'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='User_pkey'),
        Index('User_email_key', 'email', unique=True)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[Role] = mapped_column(Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='Role'), nullable=False, server_default=text('\'USER\'::"Role"'))
    createdAt: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(precision=3), nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    name: Mapped[Optional[str]] = mapped_column(Text)
    bio: Mapped[Optional[str]] = mapped_column(Text)
    updatedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3))

    Article: Mapped[list['Article']] = relationship('Article', back_populates='User_')


class Article(Base):
    __tablename__ = 'Article'
    __table_args__ = (
        ForeignKeyConstraint(['authorId'], ['User.id'], ondelete='RESTRICT', onupdate='CASCADE', name='Article_authorId_fkey'),
        PrimaryKeyConstraint('id', name='Article_pkey'),
        Index('Article_authorId_idx', 'authorId')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    authorId: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)
    publishedAt: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3))

    User_: Mapped['User'] = relationship('User', back_populates='Article')
