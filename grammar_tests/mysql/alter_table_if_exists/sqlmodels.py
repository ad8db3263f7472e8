from typing import Optional

from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`x2` > 0', name='chk'),
        Index('ix', 'x2'),
        Index('iy', 'y'),
        {'comment': 'new comment'}
    )

    y: str = Field(sa_column=Column('y', String(20), nullable=False, server_default=text("'q'")))
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    first_col: Optional[int] = Field(default=None, sa_column=Column('first_col', INTEGER(11)))
    z: Optional[int] = Field(default=None, sa_column=Column('z', INTEGER(11), server_default=text('3')))
    x2: Optional[int] = Field(default=None, sa_column=Column('x2', INTEGER(11), server_default=text('7')))

    b: list['B'] = Relationship(back_populates='a')


class C2(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True))
    v: Optional[str] = Field(default=None, sa_column=Column('v', Text))


class D3(SQLModel, table=True):
    __table_args__ = (
        Index('ix', 'x'),
        Index('iy', 'y'),
        {'comment': 'new comment'}
    )

    y: str = Field(sa_column=Column('y', String(20), nullable=False, server_default=text("'q'")))
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    first_col: Optional[int] = Field(default=None, sa_column=Column('first_col', INTEGER(11)))
    z: Optional[int] = Field(default=None, sa_column=Column('z', INTEGER(11), server_default=text('3')))
    x: Optional[int] = Field(default=None, sa_column=Column('x', INTEGER(11), server_default=text('7')))


class B(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_b_a'),
        Index('fk_b_a', 'a_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', INTEGER(11)))

    a: Optional['A'] = Relationship(back_populates='b')
