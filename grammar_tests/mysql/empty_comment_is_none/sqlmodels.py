from typing import Optional

from sqlalchemy import CHAR, Column, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        Index('account_nick', 'nick'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    email: Optional[str] = Field(default=None, sa_column=Column('email', String(80), comment='login'))
    nick: Optional[str] = Field(default=None, sa_column=Column('nick', String(20)))


class Session(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, comment='kept'))
    token: Optional[str] = Field(default=None, sa_column=Column('token', CHAR(32)))
