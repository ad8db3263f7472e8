from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, SQLModel

class Span(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    d: datetime.date = Field(sa_column=Column('d', Date, nullable=False))
    dt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('dt', DateTime))
    n: Optional[int] = Field(default=None, sa_column=Column('n', INTEGER(11)))
    b: Optional[int] = Field(default=None, sa_column=Column('b', BIGINT(20)))
