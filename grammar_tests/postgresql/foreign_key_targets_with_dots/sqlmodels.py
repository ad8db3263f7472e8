from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class AB(SQLModel, table=True):
    __tablename__ = 'a.b'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a.b_pkey'),
        UniqueConstraint('id', 'x.y', name='a.b_id_x.y_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    x_y: Optional[int] = Field(default=None, sa_column=Column('x.y', Integer))

    c_ab: list['C'] = Relationship(back_populates='a_b', sa_relationship_kwargs={'foreign_keys': '[C.ab]'})
    c_p_q: list['C'] = Relationship(back_populates='p_q', sa_relationship_kwargs={'foreign_keys': '[C.p, C.q]'})


class C(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['ab'], ['a.b.id'], name='c_ab_fkey'),
        ForeignKeyConstraint(['p', 'q'], ['a.b.id', 'a.b.x.y'], name='c_p_q_fkey'),
        PrimaryKeyConstraint('id', name='c_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    ab: Optional[int] = Field(default=None, sa_column=Column('ab', Integer))
    p: Optional[int] = Field(default=None, sa_column=Column('p', Integer))
    q: Optional[int] = Field(default=None, sa_column=Column('q', Integer))

    a_b: Optional['AB'] = Relationship(back_populates='c_ab', sa_relationship_kwargs={'foreign_keys': '[C.ab]'})
    p_q: Optional['AB'] = Relationship(back_populates='c_p_q', sa_relationship_kwargs={'foreign_keys': '[C.p, C.q]'})
