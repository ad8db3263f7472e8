from typing import Optional

from sqlalchemy import Column, Integer
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class B(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
