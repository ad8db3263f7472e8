from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DateTime, Double, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMTEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class PostState(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'


class Author(Base):
    __tablename__ = 'author'
    __table_args__ = (
        Index('ft_bio', 'bio', mysql_prefix='FULLTEXT'),
        Index('idx_name', 'name', mysql_length={'name': 20})
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False, server_default=text("''"))
    created: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'"))
    modified: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    bio: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT)

    post: Mapped[list['Post']] = relationship('Post', back_populates='author')


t_post_view = Table(
    'post_view', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('title', String(200)),
    Column('author', String(255))
)


class Post(Base):
    __tablename__ = 'post'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['author.id'], name='fk_author'),
        Index('fk_author', 'author_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    author_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[str] = mapped_column(VARCHAR(200, charset='utf8mb4', collation='utf8mb4_unicode_ci'), nullable=False)
    state: Mapped[PostState] = mapped_column(Enum(PostState, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'"))
    score: Mapped[decimal.Decimal] = mapped_column(Double(asdecimal=True), nullable=False, server_default=text('0'))

    author: Mapped['Author'] = relationship('Author', back_populates='post')
