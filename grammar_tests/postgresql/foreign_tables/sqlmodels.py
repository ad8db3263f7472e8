from sqlalchemy import Column, Date, Integer, Numeric, PrimaryKeyConstraint, String, Table
from sqlmodel import Field, SQLModel

class City(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='city_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False))


t_measurement = Table(
    'measurement', SQLModel.metadata,
    Column('logdate', Date, nullable=False),
    Column('reading', Numeric(8, 2))
)


t_measurement_recent = Table(
    'measurement_recent', SQLModel.metadata,
    Column('logdate', Date, nullable=False),
    Column('reading', Numeric(8, 2))
)


class Scratch(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='scratch_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
