from typing import Optional

from sqlalchemy import Boolean, Column, Integer, REAL, Text, text
from sqlmodel import Field, SQLModel

class Defaults(SQLModel, table=True):
    created: str = Field(sa_column=Column('created', Text, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    n: Optional[int] = Field(default=None, sa_column=Column('n', Integer, server_default=text('42')))
    neg: Optional[int] = Field(default=None, sa_column=Column('neg', Integer, server_default=text('-1')))
    r: Optional[float] = Field(default=None, sa_column=Column('r', REAL, server_default=text('1.5')))
    s: Optional[str] = Field(default=None, sa_column=Column('s', Text, server_default=text("'it''s'")))
    b: Optional[bool] = Field(default=None, sa_column=Column('b', Boolean, server_default=text('TRUE')))
    stamp: Optional[str] = Field(default=None, sa_column=Column('stamp', Text, server_default=text("datetime('now')")))
    nul: Optional[str] = Field(default=None, sa_column=Column('nul', Text, server_default=text('NULL')))
