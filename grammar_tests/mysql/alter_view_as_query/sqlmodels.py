from typing import Optional
import datetime

from sqlalchemy import Column, Date, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Members(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    handle: str = Field(sa_column=Column('handle', String(40), nullable=False))
    karma: int = Field(sa_column=Column('karma', INTEGER(11), nullable=False, server_default=text('0')))
    joined: Optional[datetime.date] = Field(default=None, sa_column=Column('joined', Date))
