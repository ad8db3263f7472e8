from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, text
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer, server_default=text('1')))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))
