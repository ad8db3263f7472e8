from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime, TIMESTAMP, Time, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TIME, TIMESTAMP, YEAR
from sqlmodel import Field, SQLModel

class Events(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    day: datetime.date = Field(sa_column=Column('day', Date, nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    starts_at: Optional[datetime.time] = Field(default=None, sa_column=Column('starts_at', Time))
    starts_precise: Optional[datetime.time] = Field(default=None, sa_column=Column('starts_precise', TIME(fsp=3)))
    created_precise: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_precise', DATETIME(fsp=6), server_default=text('current_timestamp(6)')))
    touched_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('touched_at', TIMESTAMP(fsp=3)))
    published_on: Optional[datetime.date] = Field(default=None, sa_column=Column('published_on', Date, server_default=text("'2000-01-01'")))
    opens: Optional[datetime.time] = Field(default=None, sa_column=Column('opens', Time, server_default=text("'09:00:00'")))
    epoch: Optional[datetime.datetime] = Field(default=None, sa_column=Column('epoch', DateTime, server_default=text("'1970-01-01 00:00:00'")))
    season: Optional[object] = Field(default=None, sa_column=Column('season', YEAR(4), server_default=text('2024')))
    season4: Optional[object] = Field(default=None, sa_column=Column('season4', YEAR(4)))
