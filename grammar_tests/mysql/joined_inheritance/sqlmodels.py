from sqlalchemy import Column, ForeignKeyConstraint, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Vehicles(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    kind: str = Field(sa_column=Column('kind', String(10), nullable=False))


class Cars(Vehicles, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_ibfk_1'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    seats: int = Field(sa_column=Column('seats', INTEGER(11), nullable=False))
