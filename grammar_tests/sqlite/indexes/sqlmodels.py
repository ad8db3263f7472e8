from typing import Optional

from sqlalchemy import Column, Index, Integer, Text
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    __table_args__ = (
        Index('ux_b_c', 'b', 'c', unique=True),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', Text, index=True))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))
    c: Optional[str] = Field(default=None, sa_column=Column('c', Text))
