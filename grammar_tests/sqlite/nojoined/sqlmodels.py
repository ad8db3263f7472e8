from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Vehicles(SQLModel, table=True):
    make: str = Field(sa_column=Column('make', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    cars: Optional['Cars'] = Relationship(back_populates='vehicles', sa_relationship_kwargs={'uselist': False})


class Cars(SQLModel, table=True):
    doors: int = Field(sa_column=Column('doors', Integer, nullable=False, server_default=text('4')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('vehicles.id'), primary_key=True))

    vehicles: Optional['Vehicles'] = Relationship(back_populates='cars')
    trips: list['Trips'] = Relationship(back_populates='car')


class Trips(SQLModel, table=True):
    car_id: int = Field(sa_column=Column('car_id', ForeignKey('cars.id'), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    car: 'Cars' = Relationship(back_populates='trips')
