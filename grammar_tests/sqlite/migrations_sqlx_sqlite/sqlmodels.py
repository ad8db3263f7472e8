from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, REAL, Text
from sqlmodel import Field, Relationship, SQLModel

class Sensors(SQLModel, table=True):
    serial: str = Field(sa_column=Column('serial', Text, nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))

    readings: list['Readings'] = Relationship(back_populates='device')


class Readings(SQLModel, table=True):
    device_id: int = Field(sa_column=Column('device_id', ForeignKey('sensors.id'), primary_key=True))
    taken_at: int = Field(sa_column=Column('taken_at', Integer, primary_key=True))
    reading: float = Field(sa_column=Column('reading', REAL, nullable=False))

    device: 'Sensors' = Relationship(back_populates='readings')
