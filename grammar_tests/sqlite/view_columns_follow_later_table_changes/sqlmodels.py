from typing import Optional
import datetime

from sqlalchemy import Column, Integer, String, TIMESTAMP, Text
from sqlmodel import Field, SQLModel

class Places(SQLModel, table=True):
    label: str = Field(sa_column=Column('label', String(40), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    region: Optional[int] = Field(default=None, sa_column=Column('region', Integer))


class Readings(SQLModel, table=True):
    sensor: str = Field(sa_column=Column('sensor', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    value: Optional[int] = Field(default=None, sa_column=Column('value', Integer))
    taken_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('taken_at', TIMESTAMP))
