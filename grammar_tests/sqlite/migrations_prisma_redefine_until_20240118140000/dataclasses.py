from typing import Optional
import datetime

from sqlalchemy import Boolean, DateTime, ForeignKeyConstraint, Index, Integer, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class List(Base):
    __tablename__ = 'List'
    __table_args__ = (
        Index('List_name_key', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    createdAt: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))

    Task: Mapped[list['Task']] = relationship('Task', back_populates='List_')


class Task(Base):
    __tablename__ = 'Task'
    __table_args__ = (
        ForeignKeyConstraint(['listId'], ['List.id'], ondelete='CASCADE', onupdate='CASCADE', name='Task_listId_fkey'),
        Index('Task_listId_idx', 'listId')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    priority: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('2'))
    listId: Mapped[int] = mapped_column(Integer, nullable=False)
    dueAt: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    List_: Mapped['List'] = relationship('List', back_populates='Task')
