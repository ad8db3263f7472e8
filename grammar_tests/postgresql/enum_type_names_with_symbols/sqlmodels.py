from typing import Optional
import enum

from sqlalchemy import Column, Enum, Integer, PrimaryKeyConstraint
from sqlmodel import Field, SQLModel

class A(b(str, enum.Enum):
    Y = 'y'


class Z.e al(str, enum.Enum):
    X = 'x'


class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    c: Optional[Z.e al] = Field(default=None, sa_column=Column('c', Enum(Z.e al, values_callable=lambda cls: [member.value for member in cls], name='z.e al')))


class U(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='u_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    c: Optional[A(b] = Field(default=None, sa_column=Column('c', Enum(A(b, values_callable=lambda cls: [member.value for member in cls], name='a(b')))
