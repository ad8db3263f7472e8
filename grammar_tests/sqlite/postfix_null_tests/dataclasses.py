from typing import Optional

from sqlalchemy import CheckConstraint, Column, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_open_task = Table(
    'open_task', Base.metadata,
    Column('id', Integer),
    Column('unowned', NullType)
)


class Task(Base):
    __tablename__ = 'task'
    __table_args__ = (
        CheckConstraint('done_at ISNULL OR owner NOTNULL'),
        CheckConstraint('owner NOT NULL OR done_at ISNULL', name='owner_set')
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    done_at: Mapped[Optional[str]] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(Text)
