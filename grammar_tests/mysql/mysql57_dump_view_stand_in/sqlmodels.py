from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DateTime, Double, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMTEXT, VARCHAR
from sqlmodel import Field, Relationship, SQLModel

class PostState(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'


class Author(SQLModel, table=True):
    __table_args__ = (
        Index('ft_bio', 'bio', mysql_prefix='FULLTEXT'),
        Index('idx_name', 'name', mysql_length={'name': 20})
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(255), nullable=False, server_default=text("''")))
    created: datetime.datetime = Field(sa_column=Column('created', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")))
    modified: datetime.datetime = Field(sa_column=Column('modified', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', MEDIUMTEXT))

    post: list['Post'] = Relationship(back_populates='author')


class Post(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['author.id'], name='fk_author'),
        Index('fk_author', 'author_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    author_id: int = Field(sa_column=Column('author_id', INTEGER(11), nullable=False))
    title: str = Field(sa_column=Column('title', VARCHAR(200, charset='utf8mb4', collation='utf8mb4_unicode_ci'), nullable=False))
    state: PostState = Field(sa_column=Column('state', Enum(PostState, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")))
    score: decimal.Decimal = Field(sa_column=Column('score', Double(asdecimal=True), nullable=False, server_default=text('0')))

    author: 'Author' = Relationship(back_populates='post')
