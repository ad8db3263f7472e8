from typing import Optional
import uuid

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKeyConstraint, Identity, Index, Integer, PrimaryKeyConstraint, SmallInteger, Text, UniqueConstraint, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Projects(Base):
    __tablename__ = 'projects'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='projects_pkey'),
        UniqueConstraint('slug', name='projects_slug_key')
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=text('gen_random_uuid()'))
    slug: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    legacy_ref: Mapped[Optional[int]] = mapped_column(Integer)

    tasks: Mapped[list['Tasks']] = relationship('Tasks', back_populates='project')


class Tasks(Base):
    __tablename__ = 'tasks'
    __table_args__ = (
        CheckConstraint('priority >= 1 AND priority <= 5', name='tasks_priority_check'),
        ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE', name='tasks_project_id_fkey'),
        PrimaryKeyConstraint('id', name='tasks_pkey'),
        Index('tasks_project_priority_idx', 'project_id', 'priority')
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True)
    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default=text('3'))

    project: Mapped['Projects'] = relationship('Projects', back_populates='tasks')
