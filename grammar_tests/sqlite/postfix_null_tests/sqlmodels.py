from typing import Optional

from sqlalchemy import CheckConstraint, Column, Integer, Text
from sqlmodel import Field, SQLModel

class Task(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('done_at ISNULL OR owner NOTNULL'),
        CheckConstraint('owner NOT NULL OR done_at ISNULL', name='owner_set')
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    done_at: Optional[str] = Field(default=None, sa_column=Column('done_at', Text))
    owner: Optional[str] = Field(default=None, sa_column=Column('owner', Text))
