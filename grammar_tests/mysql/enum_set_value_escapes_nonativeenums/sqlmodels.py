from typing import Optional

from sqlalchemy import Column, Enum
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', Enum('x,y', 'p)q', "it's", 'back\\\\slash', '(', '')))
    s: Optional[str] = Field(default=None, sa_column=Column('s', SET('a b', 'c)')))


class T2(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', Enum('back\\\\slash', 'c')))
    s: Optional[str] = Field(default=None, sa_column=Column('s', SET('x\\\\y', 'z')))


class T3(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', Enum("y'n", 'x\\\\\\\\k', 'z')))
