from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, REAL, Text
from sqlmodel import Field, Relationship, SQLModel

class Stations(SQLModel, table=True):
    code: str = Field(sa_column=Column('code', Text, nullable=False, unique=True))
    city: str = Field(sa_column=Column('city', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    elevation: Optional[int] = Field(default=None, sa_column=Column('elevation', Integer))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    measurements: list['Measurements'] = Relationship(back_populates='station')


class Measurements(SQLModel, table=True):
    __table_args__ = (
        Index('measurements_station_time', 'station_id', 'measured_at'),
    )

    station_id: int = Field(sa_column=Column('station_id', ForeignKey('stations.id'), nullable=False))
    measured_at: str = Field(sa_column=Column('measured_at', Text, nullable=False))
    celsius: float = Field(sa_column=Column('celsius', REAL, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    station: 'Stations' = Relationship(back_populates='measurements')
