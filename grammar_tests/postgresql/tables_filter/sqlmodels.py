from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))

    b: list['B'] = Relationship(back_populates='a')


class B(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='b_a_id_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', Integer))

    a: Optional['A'] = Relationship(back_populates='b')
