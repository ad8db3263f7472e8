from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', Text))
