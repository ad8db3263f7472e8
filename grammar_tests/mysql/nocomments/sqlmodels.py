from typing import Optional

from sqlalchemy import Column, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
