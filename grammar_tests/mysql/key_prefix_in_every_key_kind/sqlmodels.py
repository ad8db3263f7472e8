from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Link(SQLModel, table=True):
    __table_args__ = (
        Index('link_url_unique', 'href', mysql_length={'href': 255}, unique=True),
        Index('note_start', 'remark', mysql_length={'remark': 100}, unique=True),
        Index('note_url', 'remark', 'href', mysql_length={'remark': 20, 'href': 50}, unique=True),
        Index('search', 'remark', mysql_prefix='FULLTEXT'),
        Index('title_start', 'id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    href: str = Field(sa_column=Column('href', Text, nullable=False))
    remark: Optional[str] = Field(default=None, sa_column=Column('remark', Text))

    tag: list['Tag'] = Relationship(back_populates='link', sa_relationship_kwargs={'secondary': 'link_tag'})


class Tag(SQLModel, table=True):
    __table_args__ = (
        Index('slug', 'slug', 'name', mysql_length={'slug': 40}, unique=True),
        Index('slug_full', 'slug', unique=True),
        Index('slug_head', 'slug', mysql_length={'slug': 10}, unique=True),
        Index('slug_mid', 'slug', mysql_length={'slug': 30}, unique=True)
    )

    name: str = Field(sa_column=Column('name', String(100), primary_key=True))
    slug: str = Field(sa_column=Column('slug', String(100), nullable=False))

    link: list['Link'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'link_tag'})


class Alias(Tag, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['tag_name'], ['tag.slug'], name='alias_tag'),
        Index('alias_tag', 'tag_name')
    )

    tag_name: str = Field(sa_column=Column('tag_name', String(100), primary_key=True))


t_link_tag = Table(
    'link_tag', SQLModel.metadata,
    Column('link_id', INTEGER(11), primary_key=True),
    Column('tag_name', String(100), primary_key=True),
    ForeignKeyConstraint(['link_id'], ['link.id'], name='link_tag_ibfk_1'),
    ForeignKeyConstraint(['tag_name'], ['tag.slug'], name='link_tag_ibfk_2'),
    Index('tag_name', 'tag_name')
)
