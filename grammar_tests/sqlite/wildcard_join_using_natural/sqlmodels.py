from typing import Optional

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field, SQLModel

class Bin(SQLModel, table=True):
    bin_id: Optional[int] = Field(default=None, sa_column=Column('bin_id', Integer, primary_key=True))
    room: Optional[str] = Field(default=None, sa_column=Column('room', Text))
    size: Optional[int] = Field(default=None, sa_column=Column('size', Integer))
    color: Optional[str] = Field(default=None, sa_column=Column('color', Text))


class Box(SQLModel, table=True):
    box_id: Optional[int] = Field(default=None, sa_column=Column('box_id', Integer, primary_key=True))
    Room: Optional[str] = Field(default=None, sa_column=Column('Room', Text))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
    size: Optional[int] = Field(default=None, sa_column=Column('size', Integer))


class Shelf(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    room: Optional[str] = Field(default=None, sa_column=Column('room', Text))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
