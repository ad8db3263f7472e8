from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tag(Base):
    __tablename__ = 'tag'
    __table_args__ = (
        CheckConstraint('weight >= 0'),
    )

    label: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    weight: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('0'))
    slug: Mapped[Optional[str]] = mapped_column(Text, unique=True)

    tag_alias: Mapped[list['TagAlias']] = relationship('TagAlias', back_populates='tag')


class TagAlias(Base):
    __tablename__ = 'tag_alias'

    tag_id: Mapped[int] = mapped_column(ForeignKey('tag.id'), primary_key=True)
    alias: Mapped[str] = mapped_column(Text, primary_key=True)

    tag: Mapped['Tag'] = relationship('Tag', back_populates='tag_alias')
