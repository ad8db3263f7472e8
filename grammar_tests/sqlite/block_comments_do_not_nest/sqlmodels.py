from typing import Optional

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field, SQLModel

class FirstTable(SQLModel, table=True):
    __tablename__ = 'first_table'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class SecondTable(SQLModel, table=True):
    __tablename__ = 'second_table'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
