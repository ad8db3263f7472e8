from typing import Optional

from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer
from sqlmodel import Field, Relationship, SQLModel

class Parents(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    kids_p1: list['Kids'] = Relationship(back_populates='parents', sa_relationship_kwargs={'foreign_keys': '[Kids.p1]'})
    kids_p2: list['Kids'] = Relationship(back_populates='parents_', sa_relationship_kwargs={'foreign_keys': '[Kids.p2]'})
    kids_p3: list['Kids'] = Relationship(back_populates='parents1', sa_relationship_kwargs={'foreign_keys': '[Kids.p3]'})


class Kids(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['p3'], ['parents.id'], onupdate='CASCADE', name='fk_p3'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    p1: Optional[int] = Field(default=None, sa_column=Column('p1', ForeignKey('parents.id')))
    p2: Optional[int] = Field(default=None, sa_column=Column('p2', ForeignKey('parents.id', ondelete='SET NULL')))
    p3: Optional[int] = Field(default=None, sa_column=Column('p3', Integer))

    parents: Optional['Parents'] = Relationship(back_populates='kids_p1', sa_relationship_kwargs={'foreign_keys': '[Kids.p1]'})
    parents_: Optional['Parents'] = Relationship(back_populates='kids_p2', sa_relationship_kwargs={'foreign_keys': '[Kids.p2]'})
    parents1: Optional['Parents'] = Relationship(back_populates='kids_p3', sa_relationship_kwargs={'foreign_keys': '[Kids.p3]'})
