from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Categories(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', ForeignKey('categories.id')))

    parent: Optional['Categories'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Categories.id]'})
    parent_reverse: list['Categories'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Categories.parent_id]'})
