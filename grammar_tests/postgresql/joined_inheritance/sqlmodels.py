import decimal

from sqlalchemy import Column, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Vehicles(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='vehicles_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    kind: str = Field(sa_column=Column('kind', Text, nullable=False))
    wheels: int = Field(sa_column=Column('wheels', Integer, nullable=False))


class Cars(Vehicles, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_id_fkey'),
        PrimaryKeyConstraint('id', name='cars_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    seats: int = Field(sa_column=Column('seats', Integer, nullable=False))


class Trucks(Vehicles, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='trucks_id_fkey'),
        PrimaryKeyConstraint('id', name='trucks_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    payload: decimal.Decimal = Field(sa_column=Column('payload', Numeric, nullable=False))
