from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Table, UniqueConstraint
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
        UniqueConstraint('b', name='t_a_key1'),
        Index('t_a_b_idx', 'a', 'b'),
        Index('t_a_b_idx1', 'a', 'b'),
        Index('t_a_b_idx10', 'a', 'b'),
        Index('t_a_b_idx11', 'a', 'b'),
        Index('t_a_b_idx12', 'a', 'b'),
        Index('t_a_b_idx2', 'a', 'b'),
        Index('t_a_b_idx4', 'a', 'b'),
        Index('t_a_b_idx5', 'a', 'b'),
        Index('t_a_b_idx6', 'a', 'b'),
        Index('t_a_b_idx7', 'a', 'b'),
        Index('t_a_b_idx8', 'a', 'b'),
        Index('t_a_b_idx9', 'a', 'b'),
        Index('t_a_idx', 'a', unique=True),
        Index('t_a_idx1', 'a')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))


t_t_a_b_idx3 = Table(
    't_a_b_idx3', SQLModel.metadata,
    Column('id', Integer)
)
