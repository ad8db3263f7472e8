from typing import Optional

from sqlalchemy import CheckConstraint, Column, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class C2(SQLModel, table=True):
    __table_args__ = (
        Index('fk``1', 'p``id'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    p__id: Optional[int] = Field(default=None, sa_column=Column('p``id', INTEGER(11)))


class C3(SQLModel, table=True):
    __table_args__ = (
        Index('fk1', 'p``id'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    p__id: Optional[int] = Field(default=None, sa_column=Column('p``id', INTEGER(11)))


class D(SQLModel, table=True):
    x__y: int = Field(sa_column=Column('x``y', INTEGER(11), primary_key=True))
    z: int = Field(sa_column=Column('z', INTEGER(11), primary_key=True))


class E3(SQLModel, table=True):
    __table_args__ = (
        Index('pk', 'pk'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    pk: Optional[int] = Field(default=None, sa_column=Column('pk', INTEGER(11)))


class PT(SQLModel, table=True):
    __tablename__ = 'p`t'
    __table_args__ = (
        CheckConstraint('`u``q` > 0', name='ck``1'),
        Index('uk``1', 'u``q', unique=True)
    )

    i__d: int = Field(sa_column=Column('i``d', INTEGER(11), primary_key=True))
    u__q: Optional[int] = Field(default=None, sa_column=Column('u``q', INTEGER(11)))


class PT3(SQLModel, table=True):
    __tablename__ = 'p`t3'
    __table_args__ = (
        Index('k', 'k', unique=True),
    )

    i__d: int = Field(sa_column=Column('i``d', INTEGER(11), primary_key=True))
    k: Optional[int] = Field(default=None, sa_column=Column('k', INTEGER(11)))


class TQ(SQLModel, table=True):
    __tablename__ = 't`q'
    __table_args__ = (
        Index('ix``1', 'a``b'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a__b: Optional[int] = Field(default=None, sa_column=Column('a``b', INTEGER(11)))
    c__d: Optional[str] = Field(default=None, sa_column=Column('c``d', String(5), comment='x'))
    e__f: Optional[int] = Field(default=None, sa_column=Column('e``f', INTEGER(11), server_default=text('3')))
