from typing import Optional

from sqlalchemy import Column, Integer, Text, text
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    age: int = Field(sa_column=Column('age', Integer, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))
    email: Optional[str] = Field(default=None, sa_column=Column('email', Text))
