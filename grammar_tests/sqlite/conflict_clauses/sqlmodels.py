from typing import Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Tag(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('weight >= 0'),
    )

    label: str = Field(sa_column=Column('label', Text, nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    weight: Optional[int] = Field(default=None, sa_column=Column('weight', Integer, server_default=text('0')))
    slug: Optional[str] = Field(default=None, sa_column=Column('slug', Text, unique=True))

    tag_alias: list['TagAlias'] = Relationship(back_populates='tag')


class TagAlias(SQLModel, table=True):
    __tablename__ = 'tag_alias'

    tag_id: int = Field(sa_column=Column('tag_id', ForeignKey('tag.id'), primary_key=True))
    alias: str = Field(sa_column=Column('alias', Text, primary_key=True))

    tag: 'Tag' = Relationship(back_populates='tag_alias')
