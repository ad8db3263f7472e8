from typing import Optional

from sqlalchemy import Column, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', INTEGER(11), server_default=text('(2 - -1)')))


class U(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
