from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Keep(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='keep_pkey'),
        Index('keep_note_idx', 'note')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
