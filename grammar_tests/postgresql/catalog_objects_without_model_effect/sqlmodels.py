from typing import Optional

from sqlalchemy import CheckConstraint, Column, Index, Integer, PrimaryKeyConstraint, Sequence, Text
from sqlmodel import Field, SQLModel

class Ticket(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('priority >= 1 AND priority <= 5', name='ticket_priority_check'),
        PrimaryKeyConstraint('id', name='ticket_pkey'),
        Index('ticket_priority_desc', 'priority', postgresql_ops={'priority': 'int_reverse_ops'})
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('ticket_seq'), primary_key=True, autoincrement=True))
    code: str = Field(sa_column=Column('code', Text(collation='case_insensitive'), nullable=False))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text(collation='c_copy')))
    priority: Optional[int] = Field(default=None, sa_column=Column('priority', Integer))
