from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, REAL, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_latest_readings = Table(
    'latest_readings', Base.metadata,
    Column('device_id', Integer),
    Column('taken_at', NullType)
)


class Sensors(Base):
    __tablename__ = 'sensors'

    serial: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)

    readings: Mapped[list['Readings']] = relationship('Readings', back_populates='device')


class Readings(Base):
    __tablename__ = 'readings'

    device_id: Mapped[int] = mapped_column(ForeignKey('sensors.id'), primary_key=True)
    taken_at: Mapped[int] = mapped_column(Integer, primary_key=True)
    reading: Mapped[float] = mapped_column(REAL, nullable=False)

    device: Mapped['Sensors'] = relationship('Sensors', back_populates='readings')
