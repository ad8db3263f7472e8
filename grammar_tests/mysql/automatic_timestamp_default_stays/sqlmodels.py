from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, TIMESTAMP, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER
from sqlmodel import Field, SQLModel

class Visits(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    arrived: datetime.datetime = Field(sa_column=Column('arrived', DateTime, nullable=False, server_default=text('current_timestamp()')))
    left_at: datetime.datetime = Field(sa_column=Column('left_at', DateTime, nullable=False))
    checked: Optional[datetime.datetime] = Field(default=None, sa_column=Column('checked', DATETIME(fsp=3), server_default=text('current_timestamp(3)')))
    seen: Optional[datetime.datetime] = Field(default=None, sa_column=Column('seen', TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    planned: Optional[datetime.datetime] = Field(default=None, sa_column=Column('planned', DateTime))
    touched: Optional[datetime.datetime] = Field(default=None, sa_column=Column('touched', DateTime, server_default=text("'2021-06-01 12:00:00'")))
