from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Categories(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], ondelete='CASCADE', name='fk_parent'),
        Index('fk_parent', 'parent_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(10, unsigned=True)))

    parent: Optional['Categories'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Categories.id]'})
    parent_reverse: list['Categories'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Categories.parent_id]'})
