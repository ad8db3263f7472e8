from typing import Optional
import enum

from sqlalchemy import Column, Enum, text
from sqlalchemy.dialects.mysql import INTEGER, SET, SMALLINT, TINYINT
from sqlmodel import Field, SQLModel

class TaskState(str, enum.Enum):
    OPEN = 'open'
    CLOSED = 'closed'


class Person(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    score: int = Field(sa_column=Column('score', SMALLINT(6), nullable=False))


class Task(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    done: int = Field(sa_column=Column('done', TINYINT(1), nullable=False, server_default=text('0')))
    priority: int = Field(sa_column=Column('priority', INTEGER(5), nullable=False))
    state: TaskState = Field(sa_column=Column('state', Enum(TaskState, values_callable=lambda cls: [member.value for member in cls]), nullable=False))
    code: Optional[int] = Field(default=None, sa_column=Column('code', INTEGER(4, unsigned=True, zerofill=True)))
    tags: Optional[str] = Field(default=None, sa_column=Column('tags', SET('red', 'green', 'blue')))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', INTEGER(11)))
