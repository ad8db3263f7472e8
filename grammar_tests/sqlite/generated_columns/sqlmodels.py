from typing import Optional

from sqlalchemy import Column, Computed, Integer, REAL, Text
from sqlmodel import Field, SQLModel

class People(SQLModel, table=True):
    first_name: str = Field(sa_column=Column('first_name', Text, nullable=False))
    last_name: str = Field(sa_column=Column('last_name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    full_name: Optional[str] = Field(default=None, sa_column=Column('full_name', Text, Computed("first_name || ' ' || last_name", persisted=False)))
    height_cm: Optional[float] = Field(default=None, sa_column=Column('height_cm', REAL))
    height_in: Optional[float] = Field(default=None, sa_column=Column('height_in', REAL, Computed('', persisted=True)))
    name_length: Optional[int] = Field(default=None, sa_column=Column('name_length', Integer, Computed('', persisted=False)))
