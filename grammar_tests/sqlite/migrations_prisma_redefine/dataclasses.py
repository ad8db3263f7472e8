from typing import Optional
import datetime

from sqlalchemy import Boolean, DateTime, ForeignKeyConstraint, Index, Integer, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Project(Base):
    __tablename__ = 'Project'
    __table_args__ = (
        Index('Project_name_key', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))

    Label: Mapped[list['Label']] = relationship('Label', back_populates='Project_')
    Task: Mapped[list['Task']] = relationship('Task', back_populates='Project_')


class Label(Base):
    __tablename__ = 'Label'
    __table_args__ = (
        ForeignKeyConstraint(['projectId'], ['Project.id'], ondelete='CASCADE', onupdate='CASCADE', name='Label_projectId_fkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text_: Mapped[str] = mapped_column('text', Text, nullable=False)
    projectId: Mapped[int] = mapped_column(Integer, nullable=False)

    Project_: Mapped['Project'] = relationship('Project', back_populates='Label')


class Task(Base):
    __tablename__ = 'Task'
    __table_args__ = (
        ForeignKeyConstraint(['projectId'], ['Project.id'], ondelete='CASCADE', onupdate='CASCADE', name='Task_listId_fkey'),
        Index('Task_listId_idx', 'projectId')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    priority: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('2'))
    projectId: Mapped[int] = mapped_column(Integer, nullable=False)
    dueAt: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    Project_: Mapped['Project'] = relationship('Project', back_populates='Task')
