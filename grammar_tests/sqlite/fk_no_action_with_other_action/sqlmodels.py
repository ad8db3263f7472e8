from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer
from sqlmodel import Field, Relationship, SQLModel

class Parent(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    child_a: list['Child'] = Relationship(back_populates='parent', sa_relationship_kwargs={'foreign_keys': '[Child.a]'})
    child_b: list['Child'] = Relationship(back_populates='parent_', sa_relationship_kwargs={'foreign_keys': '[Child.b]'})
    child_c: list['Child'] = Relationship(back_populates='parent1', sa_relationship_kwargs={'foreign_keys': '[Child.c]'})


class Child(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a'], ['parent.id'], onupdate='CASCADE', name='fk_a'),
        ForeignKeyConstraint(['b'], ['parent.id'], ondelete='SET NULL', name='fk_b'),
        ForeignKeyConstraint(['c'], ['parent.id'], deferrable=True, initially='DEFERRED', name='fk_c')
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))
    c: Optional[int] = Field(default=None, sa_column=Column('c', Integer))

    parent: Optional['Parent'] = Relationship(back_populates='child_a', sa_relationship_kwargs={'foreign_keys': '[Child.a]'})
    parent_: Optional['Parent'] = Relationship(back_populates='child_b', sa_relationship_kwargs={'foreign_keys': '[Child.b]'})
    parent1: Optional['Parent'] = Relationship(back_populates='child_c', sa_relationship_kwargs={'foreign_keys': '[Child.c]'})
