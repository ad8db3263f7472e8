from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Vehicles(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='vehicles_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    kind: str = Field(sa_column=Column('kind', Text, nullable=False))

    cars: 'Cars' = Relationship(back_populates='vehicles', sa_relationship_kwargs={'uselist': False})


class Cars(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_id_fkey'),
        PrimaryKeyConstraint('id', name='cars_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    seats: int = Field(sa_column=Column('seats', Integer, nullable=False))

    vehicles: 'Vehicles' = Relationship(back_populates='cars')
