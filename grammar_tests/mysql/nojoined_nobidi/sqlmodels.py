from sqlalchemy import Column, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class Vehicles(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    make: str = Field(sa_column=Column('make', String(50), nullable=False))


class Cars(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_ibfk_1'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    doors: int = Field(sa_column=Column('doors', TINYINT(4), nullable=False, server_default=text('4')))

    vehicles: 'Vehicles' = Relationship()


class Trips(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['car_id'], ['cars.id'], name='trips_ibfk_1'),
        Index('car_id', 'car_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    car_id: int = Field(sa_column=Column('car_id', INTEGER(11), nullable=False))

    car: 'Cars' = Relationship()
