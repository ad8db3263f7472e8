from typing import Optional

from sqlalchemy import Column, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    __table_args__ = {'comment': 'Notes table: \'single\' and "double" quotes'}

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, comment='primary key'))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text, comment='it\'s got "quotes", a backslash \\ and %s'))
    tag: Optional[str] = Field(default=None, sa_column=Column('tag', String(10), comment='line one\nline two'))
