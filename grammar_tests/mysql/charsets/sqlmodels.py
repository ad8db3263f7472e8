from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import CHAR, INTEGER, LONGTEXT, TEXT, VARCHAR
from sqlmodel import Field, SQLModel

class Latin(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', String(10)))
    b: Optional[str] = Field(default=None, sa_column=Column('b', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_general_ci')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', TEXT(charset='latin1', collation='latin1_general_ci')))


class Uni(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_bin')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', CHAR(3, charset='ascii', collation='ascii_general_ci')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', CHAR(2, charset='utf8mb3', collation='utf8mb3_general_ci')))
    d: Optional[str] = Field(default=None, sa_column=Column('d', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))
