from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class FirstTable(SQLModel, table=True):
    __tablename__ = 'first_table'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))


class SecondTable(SQLModel, table=True):
    __tablename__ = 'second_table'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(20)))
