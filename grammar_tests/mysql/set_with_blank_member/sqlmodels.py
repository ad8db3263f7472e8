from typing import Optional

from sqlalchemy import Column, text
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlmodel import Field, SQLModel

class Flags(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    b: str = Field(sa_column=Column('b', SET('x', 'y'), nullable=False))
    a: Optional[str] = Field(default=None, sa_column=Column('a', SET('', 'x', 'y'), server_default=text("''")))
