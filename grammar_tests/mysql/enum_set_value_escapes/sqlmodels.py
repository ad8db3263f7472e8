from typing import Optional
import enum

from sqlalchemy import Column, Enum
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlmodel import Field, SQLModel

class T2A(str, enum.Enum):
    BACK_SLASH = 'back\\slash'
    C = 'c'


class T3A(str, enum.Enum):
    Y_N = "y'n"
    X__K = 'x\\\\k'
    Z = 'z'


class TA(str, enum.Enum):
    X_Y = 'x,y'
    P_Q = 'p)q'
    IT_S = "it's"
    BACK_SLASH = 'back\\slash'
    _ = '('
    EMPTY = ''


class T(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[TA] = Field(default=None, sa_column=Column('a', Enum(TA, values_callable=lambda cls: [member.value for member in cls])))
    s: Optional[str] = Field(default=None, sa_column=Column('s', SET('a b', 'c)')))


class T2(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[T2A] = Field(default=None, sa_column=Column('a', Enum(T2A, values_callable=lambda cls: [member.value for member in cls])))
    s: Optional[str] = Field(default=None, sa_column=Column('s', SET('x\\\\y', 'z')))


class T3(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[T3A] = Field(default=None, sa_column=Column('a', Enum(T3A, values_callable=lambda cls: [member.value for member in cls])))
