from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class List(SQLModel, table=True):
    __tablename__ = 'List'
    __table_args__ = (
        Index('List_name_key', 'name', unique=True),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    createdAt: datetime.datetime = Field(sa_column=Column('createdAt', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))

    Task: list['Task'] = Relationship(back_populates='List_')


class Task(SQLModel, table=True):
    __tablename__ = 'Task'
    __table_args__ = (
        ForeignKeyConstraint(['listId'], ['List.id'], ondelete='CASCADE', onupdate='CASCADE', name='Task_listId_fkey'),
        Index('Task_listId_idx', 'listId')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    done: bool = Field(sa_column=Column('done', Boolean, nullable=False, server_default=text('false')))
    priority: int = Field(sa_column=Column('priority', Integer, nullable=False, server_default=text('2')))
    listId: int = Field(sa_column=Column('listId', Integer, nullable=False))
    dueAt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('dueAt', DateTime))

    List_: 'List' = Relationship(back_populates='Task')
