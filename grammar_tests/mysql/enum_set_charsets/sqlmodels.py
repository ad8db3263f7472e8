from typing import Optional
import enum

from sqlalchemy import Column, Enum, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET
from sqlmodel import Field, SQLModel

class SC(str, enum.Enum):
    M = 'm'
    N = 'n'


class S(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    c: SC = Field(sa_column=Column('c', Enum(SC, values_callable=lambda cls: [member.value for member in cls]), nullable=False))
    a: Optional[str] = Field(default=None, sa_column=Column('a', SET('x', 'y')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', SET('p', 'q'), server_default=text("'p'")))
