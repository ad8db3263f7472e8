from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

class Posts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='posts_pkey'),
        Index('posts_by_title', 'title', postgresql_with={'deduplicate_items': 'off', 'fillfactor': '80'}),
        Index('posts_tags_idx', 'tags', postgresql_using='gin'),
        Index('posts_upper_idx', postgresql_with={'fillfactor': '70'})
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
