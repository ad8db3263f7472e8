from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
