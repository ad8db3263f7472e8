from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Parents(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='parents_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    children: list['Children'] = Relationship(back_populates='parent')


class Children(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parents.id'], name='children_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='children_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', Integer))

    parent: Optional['Parents'] = Relationship(back_populates='children')
