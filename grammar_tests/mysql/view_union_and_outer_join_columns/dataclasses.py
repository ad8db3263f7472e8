from typing import Optional
import enum

from sqlalchemy import Column, Enum, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SET, SMALLINT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class TaskState(str, enum.Enum):
    OPEN = 'open'
    CLOSED = 'closed'


t_owner_task = Table(
    'owner_task', Base.metadata,
    Column('id', INTEGER(11)),
    Column('double_priority', BIGINT(12)),
    Column('double_score', INTEGER(7), server_default=text("'0'"))
)


class Person(Base):
    __tablename__ = 'person'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    score: Mapped[int] = mapped_column(SMALLINT(6), nullable=False)


class Task(Base):
    __tablename__ = 'task'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    done: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    priority: Mapped[int] = mapped_column(INTEGER(5), nullable=False)
    state: Mapped[TaskState] = mapped_column(Enum(TaskState, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    code: Mapped[Optional[int]] = mapped_column(INTEGER(4, unsigned=True, zerofill=True))
    tags: Mapped[Optional[str]] = mapped_column(SET('red', 'green', 'blue'))
    owner_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))


t_task_owner = Table(
    'task_owner', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('next_priority', BIGINT(12), server_default=text("'0'")),
    Column('next_score', INTEGER(7)),
    Column('person_id', INTEGER(11))
)


t_task_union = Table(
    'task_union', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('done', TINYINT(4), server_default=text("'0'")),
    Column('priority', INTEGER(11), server_default=text("'0'")),
    Column('code', INTEGER(10, unsigned=True)),
    Column('state', String(6)),
    Column('tags', String(14)),
    Column('source', INTEGER(1), server_default=text("'0'"))
)
