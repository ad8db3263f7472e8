from typing import Optional

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field, SQLModel

class Class(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    from_: Optional[str] = Field(default=None, sa_column=Column('from', Text))
    import_: Optional[int] = Field(default=None, sa_column=Column('import', Integer))
    with_space: Optional[str] = Field(default=None, sa_column=Column('with space', Text))
    dash_name: Optional[str] = Field(default=None, sa_column=Column('dash-name', Text))
    _1st: Optional[int] = Field(default=None, sa_column=Column('1st', Integer))
