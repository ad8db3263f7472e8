from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Table
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

t_m = Table(
    'm', SQLModel.metadata,
    Column('a', INTEGER(11)),
    Column('b', INTEGER(11)),
    Index('a', 'a')
)


class P(SQLModel, table=True):
    __table_args__ = (
        Index('code', 'code', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    code: Optional[int] = Field(default=None, sa_column=Column('code', INTEGER(11)))

    c_p1: list['C'] = Relationship(back_populates='p', sa_relationship_kwargs={'foreign_keys': '[C.p1]'})
    c_p2: list['C'] = Relationship(back_populates='p_', sa_relationship_kwargs={'foreign_keys': '[C.p2]'})
    c_p3: list['C'] = Relationship(back_populates='p5', sa_relationship_kwargs={'foreign_keys': '[C.p3]'})
    c_p4: list['C'] = Relationship(back_populates='p6', sa_relationship_kwargs={'foreign_keys': '[C.p4]'})


class C(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['p1'], ['p.id'], name='c_ibfk_1'),
        ForeignKeyConstraint(['p2'], ['p.id'], ondelete='SET NULL', name='named_fk'),
        ForeignKeyConstraint(['p3'], ['p.id'], name='fk_index_name'),
        ForeignKeyConstraint(['p4'], ['p.code'], name='c_ibfk_2'),
        Index('fk_index_name', 'p3'),
        Index('named_fk', 'p2'),
        Index('p1', 'p1'),
        Index('p4', 'p4')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    p1: Optional[int] = Field(default=None, sa_column=Column('p1', INTEGER(11)))
    p2: Optional[int] = Field(default=None, sa_column=Column('p2', INTEGER(11)))
    p3: Optional[int] = Field(default=None, sa_column=Column('p3', INTEGER(11)))
    p4: Optional[int] = Field(default=None, sa_column=Column('p4', INTEGER(11)))

    p: Optional['P'] = Relationship(back_populates='c_p1', sa_relationship_kwargs={'foreign_keys': '[C.p1]'})
    p_: Optional['P'] = Relationship(back_populates='c_p2', sa_relationship_kwargs={'foreign_keys': '[C.p2]'})
    p5: Optional['P'] = Relationship(back_populates='c_p3', sa_relationship_kwargs={'foreign_keys': '[C.p3]'})
    p6: Optional['P'] = Relationship(back_populates='c_p4', sa_relationship_kwargs={'foreign_keys': '[C.p4]'})
