from typing import Optional

from sqlalchemy import Column, Index, Integer, Text
from sqlmodel import Field, SQLModel

class Note(SQLModel, table=True):
    __table_args__ = (
        Index('note_body', 'body'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
