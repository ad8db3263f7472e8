from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Project(SQLModel, table=True):
    __tablename__ = 'Project'
    __table_args__ = (
        Index('Project_name_key', 'name', unique=True),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    createdAt: datetime.datetime = Field(sa_column=Column('createdAt', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))

    Label: list['Label'] = Relationship(back_populates='Project_')
    Task: list['Task'] = Relationship(back_populates='Project_')


class Label(SQLModel, table=True):
    __tablename__ = 'Label'
    __table_args__ = (
        ForeignKeyConstraint(['projectId'], ['Project.id'], ondelete='CASCADE', onupdate='CASCADE', name='Label_projectId_fkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    text_: str = Field(sa_column=Column('text', Text, nullable=False))
    projectId: int = Field(sa_column=Column('projectId', Integer, nullable=False))

    Project_: 'Project' = Relationship(back_populates='Label')


class Task(SQLModel, table=True):
    __tablename__ = 'Task'
    __table_args__ = (
        ForeignKeyConstraint(['projectId'], ['Project.id'], ondelete='CASCADE', onupdate='CASCADE', name='Task_listId_fkey'),
        Index('Task_listId_idx', 'projectId')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    done: bool = Field(sa_column=Column('done', Boolean, nullable=False, server_default=text('false')))
    priority: int = Field(sa_column=Column('priority', Integer, nullable=False, server_default=text('2')))
    projectId: int = Field(sa_column=Column('projectId', Integer, nullable=False))
    dueAt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('dueAt', DateTime))

    Project_: 'Project' = Relationship(back_populates='Task')
