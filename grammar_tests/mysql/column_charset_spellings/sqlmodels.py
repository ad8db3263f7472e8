from typing import Optional

from sqlalchemy import Column, String, Text
from sqlalchemy.dialects.mysql import CHAR, INTEGER, TEXT, VARCHAR
from sqlmodel import Field, SQLModel

class M10(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))
    v: Optional[str] = Field(default=None, sa_column=Column('v', String(10)))


class M12(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    other: Optional[str] = Field(default=None, sa_column=Column('other', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_unicode_520_ci')))
    u: Optional[str] = Field(default=None, sa_column=Column('u', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_uca1400_ai_ci')))


class M13(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', String(10)))


class M14(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', VARCHAR(10, charset='ascii', collation='ascii_general_ci')))
    b: Optional[str] = Field(default=None, sa_column=Column('b', CHAR(3, charset='utf8mb4', collation='utf8mb4_bin')))
    c: Optional[str] = Field(default=None, sa_column=Column('c', TEXT(charset='utf8mb4', collation='utf8mb4_general_ci')))
