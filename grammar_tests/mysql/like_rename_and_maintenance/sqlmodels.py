from typing import Optional
import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Index, String, TIMESTAMP, Text, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`qty` >= 0', name='qty_pos'),
        {'comment': 'source table'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False, comment='the name'))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', INTEGER(11), index=True, server_default=text('5')))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', TIMESTAMP, server_default=text('current_timestamp()')))


class B2(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`qty` >= 0', name='qty_pos'),
        {'comment': 'source table'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False, comment='the name'))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', INTEGER(11), index=True, server_default=text('5')))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', TIMESTAMP, server_default=text('current_timestamp()')))


class Child2(SQLModel, table=True):
    __table_args__ = (
        Index('parent_id', 'parent_id'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(11)))


class Parent(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))

    child: list['Child'] = Relationship(back_populates='parent')


class Child(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parent.id'], name='child_ibfk_1'),
        Index('parent_id', 'parent_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(11)))

    parent: Optional['Parent'] = Relationship(back_populates='child')
