from typing import Optional
import datetime

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, JSON, LargeBinary, TIMESTAMP, Time, text
from sqlmodel import Field, SQLModel

class Events(SQLModel, table=True):
    day: datetime.date = Field(sa_column=Column('day', Date, nullable=False, server_default=text('CURRENT_DATE')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    starts_at: Optional[datetime.time] = Field(default=None, sa_column=Column('starts_at', Time, server_default=text('CURRENT_TIME')))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', TIMESTAMP, server_default=text("strftime('%Y-%m-%d %H:%M:%f', 'now')")))
    payload: Optional[object] = Field(default=None, sa_column=Column('payload', JSON, server_default=text("'{}'")))
    attachment: Optional[bytes] = Field(default=None, sa_column=Column('attachment', LargeBinary, server_default=text("X'00'")))
    archived: Optional[bool] = Field(default=None, sa_column=Column('archived', Boolean, server_default=text('FALSE')))
