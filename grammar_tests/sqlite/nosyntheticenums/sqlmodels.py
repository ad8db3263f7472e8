from typing import Optional

from sqlalchemy import Boolean, CheckConstraint, Column, Integer, String, Text, text
from sqlmodel import Field, SQLModel

class Ticket(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("priority IN ('low', 'high')"),
        CheckConstraint("state IN ('open', 'closed', 'wontfix')")
    )

    state: str = Field(sa_column=Column('state', String(10), nullable=False))
    urgent: bool = Field(sa_column=Column('urgent', Boolean, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    priority: Optional[str] = Field(default=None, sa_column=Column('priority', Text))
