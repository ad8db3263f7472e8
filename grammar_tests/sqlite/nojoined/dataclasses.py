from typing import Optional

from sqlalchemy import ForeignKey, Integer, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Vehicles(Base):
    __tablename__ = 'vehicles'

    make: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    cars: Mapped[Optional['Cars']] = relationship('Cars', uselist=False, back_populates='vehicles')


class Cars(Base):
    __tablename__ = 'cars'

    doors: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('4'))
    id: Mapped[Optional[int]] = mapped_column(ForeignKey('vehicles.id'), primary_key=True)

    vehicles: Mapped[Optional['Vehicles']] = relationship('Vehicles', back_populates='cars')
    trips: Mapped[list['Trips']] = relationship('Trips', back_populates='car')


class Trips(Base):
    __tablename__ = 'trips'

    car_id: Mapped[int] = mapped_column(ForeignKey('cars.id'), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    car: Mapped['Cars'] = relationship('Cars', back_populates='trips')
