from typing import Optional

from sqlalchemy import Column, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET
from sqlmodel import Field, SQLModel

class S(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    c: str = Field(sa_column=Column('c', ENUM('m', 'n'), nullable=False))
    a: Optional[str] = Field(default=None, sa_column=Column('a', SET('x', 'y')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', SET('p', 'q'), server_default=text("'p'")))
