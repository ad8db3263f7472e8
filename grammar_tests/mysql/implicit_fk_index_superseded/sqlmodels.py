from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))

    b: list['B'] = Relationship(back_populates='a')
    c: list['C'] = Relationship(back_populates='a')
    d: list['D'] = Relationship(back_populates='a')


class B(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='b_ibfk_1'),
        Index('ix_b', 'a_id', 'x')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', INTEGER(11)))
    x: Optional[int] = Field(default=None, sa_column=Column('x', INTEGER(11)))

    a: Optional['A'] = Relationship(back_populates='b')


class C(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_c'),
        Index('fk_c', 'a_id'),
        Index('ix_c', 'x', 'a_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', INTEGER(11)))
    x: Optional[int] = Field(default=None, sa_column=Column('x', INTEGER(11)))

    a: Optional['A'] = Relationship(back_populates='c')


class D(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_d'),
        Index('uq_d', 'a_id', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', INTEGER(11)))

    a: Optional['A'] = Relationship(back_populates='d')
