from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Link(Base):
    __tablename__ = 'link'
    __table_args__ = (
        Index('link_url_unique', 'href', mysql_length={'href': 255}, unique=True),
        Index('note_start', 'remark', mysql_length={'remark': 100}, unique=True),
        Index('note_url', 'remark', 'href', mysql_length={'remark': 20, 'href': 50}, unique=True),
        Index('search', 'remark', mysql_prefix='FULLTEXT'),
        Index('title_start', 'id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    href: Mapped[str] = mapped_column(Text, nullable=False)
    remark: Mapped[Optional[str]] = mapped_column(Text)

    tag: Mapped[list['Tag']] = relationship('Tag', secondary='link_tag', back_populates='link')


class Tag(Base):
    __tablename__ = 'tag'
    __table_args__ = (
        Index('slug', 'slug', 'name', mysql_length={'slug': 40}, unique=True),
        Index('slug_full', 'slug', unique=True),
        Index('slug_head', 'slug', mysql_length={'slug': 10}, unique=True),
        Index('slug_mid', 'slug', mysql_length={'slug': 30}, unique=True)
    )

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False)

    link: Mapped[list['Link']] = relationship('Link', secondary='link_tag', back_populates='tag')


class Alias(Tag):
    __tablename__ = 'alias'
    __table_args__ = (
        ForeignKeyConstraint(['tag_name'], ['tag.slug'], name='alias_tag'),
        Index('alias_tag', 'tag_name')
    )

    tag_name: Mapped[str] = mapped_column(String(100), primary_key=True)


t_link_tag = Table(
    'link_tag', Base.metadata,
    Column('link_id', INTEGER(11), primary_key=True),
    Column('tag_name', String(100), primary_key=True),
    ForeignKeyConstraint(['link_id'], ['link.id'], name='link_tag_ibfk_1'),
    ForeignKeyConstraint(['tag_name'], ['tag.slug'], name='link_tag_ibfk_2'),
    Index('tag_name', 'tag_name')
)
