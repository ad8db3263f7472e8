from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Select(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    from_: Optional[str] = Field(default=None, sa_column=Column('from', String(10)))
    import_: Optional[int] = Field(default=None, sa_column=Column('import', INTEGER(11)))
    def_: Optional[int] = Field(default=None, sa_column=Column('def', INTEGER(11)))
    class_: Optional[str] = Field(default=None, sa_column=Column('class', String(5)))
    with_space: Optional[int] = Field(default=None, sa_column=Column('with space', INTEGER(11)))
    dash_name: Optional[int] = Field(default=None, sa_column=Column('dash-name', INTEGER(11)))
    _1st: Optional[int] = Field(default=None, sa_column=Column('1st', INTEGER(11)))
    naïve: Optional[str] = Field(default=None, sa_column=Column('naïve', String(10)))
