from typing import Optional
import uuid

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Column, ForeignKeyConstraint, Identity, Index, Integer, PrimaryKeyConstraint, SmallInteger, Text, UniqueConstraint, Uuid, text
from sqlmodel import Field, Relationship, SQLModel

class Projects(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='projects_pkey'),
        UniqueConstraint('slug', name='projects_slug_key')
    )

    id: uuid.UUID = Field(sa_column=Column('id', Uuid, primary_key=True, server_default=text('gen_random_uuid()')))
    slug: str = Field(sa_column=Column('slug', Text, nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    legacy_ref: Optional[int] = Field(default=None, sa_column=Column('legacy_ref', Integer))

    tasks: list['Tasks'] = Relationship(back_populates='project')


class Tasks(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('priority >= 1 AND priority <= 5', name='tasks_priority_check'),
        ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE', name='tasks_project_id_fkey'),
        PrimaryKeyConstraint('id', name='tasks_pkey'),
        Index('tasks_project_priority_idx', 'project_id', 'priority')
    )

    id: int = Field(sa_column=Column('id', BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True))
    project_id: uuid.UUID = Field(sa_column=Column('project_id', Uuid, nullable=False))
    summary: str = Field(sa_column=Column('summary', Text, nullable=False))
    done: bool = Field(sa_column=Column('done', Boolean, nullable=False, server_default=text('false')))
    priority: int = Field(sa_column=Column('priority', SmallInteger, nullable=False, server_default=text('3')))

    project: 'Projects' = Relationship(back_populates='tasks')
