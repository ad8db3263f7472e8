from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Parent(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))

    child: list['Child'] = Relationship(back_populates='parent')
    other: list['Other'] = Relationship(back_populates='parent')


class Child(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parent.id'], name='child_parent'),
        Index('both', 'code', 'note'),
        Index('note_key', 'note')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(11)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(10)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', String(20)))

    parent: Optional['Parent'] = Relationship(back_populates='child')


class Other(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parent.id'], name='other_ibfk_1'),
        Index('parent_id', 'parent_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(11)))

    parent: Optional['Parent'] = Relationship(back_populates='other')
