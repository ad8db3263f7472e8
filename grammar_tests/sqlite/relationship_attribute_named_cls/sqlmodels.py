from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, Relationship, SQLModel

class Parent(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    child_cls: list['Child'] = Relationship(back_populates='parent', sa_relationship_kwargs={'foreign_keys': '[Child.cls]'})
    child_other: list['Child'] = Relationship(back_populates='parent_', sa_relationship_kwargs={'foreign_keys': '[Child.other]'})


class Child(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    cls: Optional[int] = Field(default=None, sa_column=Column('cls', ForeignKey('parent.id')))
    other: Optional[int] = Field(default=None, sa_column=Column('other', ForeignKey('parent.id')))

    parent: Optional['Parent'] = Relationship(back_populates='child_cls', sa_relationship_kwargs={'foreign_keys': '[Child.cls]'})
    parent_: Optional['Parent'] = Relationship(back_populates='child_other', sa_relationship_kwargs={'foreign_keys': '[Child.other]'})
