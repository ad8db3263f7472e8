from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, REAL, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_daily_means = Table(
    'daily_means', Base.metadata,
    Column('station_id', Integer),
    Column('day', NullType),
    Column('mean', NullType)
)


t_hot_days = Table(
    'hot_days', Base.metadata,
    Column('station_id', Integer),
    Column('day', NullType),
    Column('mean', NullType)
)


class Stations(Base):
    __tablename__ = 'stations'

    code: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    city: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    elevation: Mapped[Optional[int]] = mapped_column(Integer)
    name: Mapped[Optional[str]] = mapped_column(Text)

    measurements: Mapped[list['Measurements']] = relationship('Measurements', back_populates='station')


class Measurements(Base):
    __tablename__ = 'measurements'
    __table_args__ = (
        Index('measurements_station_time', 'station_id', 'measured_at'),
    )

    station_id: Mapped[int] = mapped_column(ForeignKey('stations.id'), nullable=False)
    measured_at: Mapped[str] = mapped_column(Text, nullable=False)
    celsius: Mapped[float] = mapped_column(REAL, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    station: Mapped['Stations'] = relationship('Stations', back_populates='measurements')
