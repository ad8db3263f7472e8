from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))

    b_a1: list['B'] = Relationship(back_populates='a', sa_relationship_kwargs={'foreign_keys': '[B.a1]'})
    b_a2: list['B'] = Relationship(back_populates='a_', sa_relationship_kwargs={'foreign_keys': '[B.a2]'})
    b_a3: list['B'] = Relationship(back_populates='a5', sa_relationship_kwargs={'foreign_keys': '[B.a3]'})
    b_a4: list['B'] = Relationship(back_populates='a6', sa_relationship_kwargs={'foreign_keys': '[B.a4]'})


class B(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a1'], ['a.id'], deferrable=True, initially='DEFERRED', name='b_a1_fkey'),
        ForeignKeyConstraint(['a2'], ['a.id'], name='b_a2_fkey'),
        ForeignKeyConstraint(['a3'], ['a.id'], deferrable=True, name='B_a3'),
        ForeignKeyConstraint(['a4'], ['a.id'], deferrable=True, name='b_a4_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a1: Optional[int] = Field(default=None, sa_column=Column('a1', Integer))
    a2: Optional[int] = Field(default=None, sa_column=Column('a2', Integer))
    a3: Optional[int] = Field(default=None, sa_column=Column('a3', Integer))
    a4: Optional[int] = Field(default=None, sa_column=Column('a4', Integer))

    a: Optional['A'] = Relationship(back_populates='b_a1', sa_relationship_kwargs={'foreign_keys': '[B.a1]'})
    a_: Optional['A'] = Relationship(back_populates='b_a2', sa_relationship_kwargs={'foreign_keys': '[B.a2]'})
    a5: Optional['A'] = Relationship(back_populates='b_a3', sa_relationship_kwargs={'foreign_keys': '[B.a3]'})
    a6: Optional['A'] = Relationship(back_populates='b_a4', sa_relationship_kwargs={'foreign_keys': '[B.a4]'})
