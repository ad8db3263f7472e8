from typing import Optional

from sqlalchemy import Column
from sqlalchemy.dialects.mysql import CHAR, INTEGER, TEXT, VARCHAR
from sqlmodel import Field, SQLModel

class B(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    b: str = Field(sa_column=Column('b', VARCHAR(20, charset='utf8mb4', collation='utf8mb4_bin'), nullable=False))
    a: Optional[str] = Field(default=None, sa_column=Column('a', CHAR(10, charset='utf8mb4', collation='utf8mb4_bin')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', TEXT(charset='utf8mb4', collation='utf8mb4_bin')))
    d: Optional[str] = Field(default=None, sa_column=Column('d', VARCHAR(5, charset='latin1', collation='latin1_bin')))


class B2(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', VARCHAR(10, charset='latin1', collation='latin1_bin')))


class N(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', VARCHAR(10, charset='utf8mb3', collation='utf8mb3_general_ci')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', CHAR(5, charset='utf8mb3', collation='utf8mb3_general_ci')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', VARCHAR(7, charset='utf8mb3', collation='utf8mb3_general_ci')))
    d: Optional[str] = Field(default=None, sa_column=Column('d', CHAR(3, charset='utf8mb3', collation='utf8mb3_general_ci')))
    e: Optional[str] = Field(default=None, sa_column=Column('e', VARCHAR(9, charset='utf8mb3', collation='utf8mb3_general_ci')))
    f: Optional[str] = Field(default=None, sa_column=Column('f', CHAR(1, charset='utf8mb3', collation='utf8mb3_general_ci')))
    g: Optional[str] = Field(default=None, sa_column=Column('g', VARCHAR(4, charset='utf8mb3', collation='utf8mb3_bin')))
    h: Optional[str] = Field(default=None, sa_column=Column('h', VARCHAR(6, charset='utf8mb3', collation='utf8mb3_general_ci')))
