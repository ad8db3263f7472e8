from typing import Optional

from sqlalchemy import Column, String, Text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMTEXT, TEXT, VARCHAR
from sqlmodel import Field, SQLModel

class T1(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', String(20)))
    b: Optional[str] = Field(default=None, sa_column=Column('b', MEDIUMTEXT))
    c: Optional[str] = Field(default=None, sa_column=Column('c', Text))
    d: Optional[str] = Field(default=None, sa_column=Column('d', String(10)))


class T2(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', VARCHAR(20, charset='utf8mb4', collation='utf8mb4_general_ci')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', TEXT(charset='utf8mb4', collation='utf8mb4_general_ci')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', String(5)))


class T3(SQLModel, table=True):
    __table_args__ = {'comment': 'new comment'}

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', VARCHAR(20, charset='utf8mb4', collation='utf8mb4_general_ci')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', String(5)))


class T4(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', String(20)))
