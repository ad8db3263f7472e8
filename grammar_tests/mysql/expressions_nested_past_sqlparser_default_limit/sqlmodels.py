from typing import Optional

from sqlalchemy import Column, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class AfterIt(SQLModel, table=True):
    __tablename__ = 'after_it'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))


class DeepCheck(SQLModel, table=True):
    __tablename__ = 'deep_check'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', INTEGER(11)))
    b: Optional[int] = Field(default=None, sa_column=Column('b', INTEGER(11), server_default=text('(1 + 2)')))
