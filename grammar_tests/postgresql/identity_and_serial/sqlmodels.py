from typing import Optional

from sqlalchemy import BigInteger, Column, Identity, Integer, PrimaryKeyConstraint, Sequence, SmallInteger, Text
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text))


class B(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='b_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, Identity(start=100, increment=5, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True))


class C(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='c_pkey'),
    )

    id: int = Field(sa_column=Column('id', SmallInteger, primary_key=True, autoincrement=True))
    counter: int = Field(sa_column=Column('counter', BigInteger, nullable=False))


class D(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='d_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('custom_seq'), primary_key=True, autoincrement=True))
