from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, REAL, Text
from sqlmodel import Field, Relationship, SQLModel

class Sites(SQLModel, table=True):
    site_code: str = Field(sa_column=Column('site_code', Text, nullable=False, unique=True))
    city: str = Field(sa_column=Column('city', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    measurements: list['Measurements'] = Relationship(back_populates='station')


class Measurements(SQLModel, table=True):
    __table_args__ = (
        Index('measurements_station_time', 'station_id', 'measured_at'),
    )

    station_id: int = Field(sa_column=Column('station_id', ForeignKey('sites.id'), nullable=False))
    measured_at: str = Field(sa_column=Column('measured_at', Text, nullable=False))
    celsius: float = Field(sa_column=Column('celsius', REAL, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    humidity: Optional[float] = Field(default=None, sa_column=Column('humidity', REAL))

    station: 'Sites' = Relationship(back_populates='measurements')
