from typing import Optional
import enum

from sqlalchemy import Column, Enum, Integer, PrimaryKeyConstraint
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class A)b((str, enum.Enum):
    X = 'x'


class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    m: Optional[object] = Field(default=None, sa_column=Column('m', NullType))
    ms: Optional[object] = Field(default=None, sa_column=Column('ms', NullType))
    b: Optional[A)b(] = Field(default=None, sa_column=Column('b', Enum(A)b(, values_callable=lambda cls: [member.value for member in cls], name='a)b(')))
    q: Optional[object] = Field(default=None, sa_column=Column('q', NullType))
    p: Optional[object] = Field(default=None, sa_column=Column('p', NullType))
