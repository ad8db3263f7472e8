from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, SQLModel

class Vehicles(SQLModel, table=True):
    kind: str = Field(sa_column=Column('kind', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class Cars(Vehicles, table=True):
    seats: int = Field(sa_column=Column('seats', Integer, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('vehicles.id'), primary_key=True))
