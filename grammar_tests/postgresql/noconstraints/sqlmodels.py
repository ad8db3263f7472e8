from typing import Optional

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Parents(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text))
    n: Optional[int] = Field(default=None, sa_column=Column('n', Integer))

    children: list['Children'] = Relationship(back_populates='parent')


class Children(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', Integer))

    parent: Optional['Parents'] = Relationship(back_populates='children')
