from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class KeepMe(SQLModel, table=True):
    __tablename__ = 'keep_me'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', String(20), index=True))
