from typing import Optional

from sqlalchemy import Column, Integer, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint('a', 'b'),
    )

    code: str = Field(sa_column=Column('code', Text, nullable=False, unique=True))
    username: str = Field(sa_column=Column('username', String(50), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))
