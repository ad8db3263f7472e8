from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Owners(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    pets: list['Pets'] = Relationship(back_populates='owner')


class Pets(SQLModel, table=True):
    owner_id: int = Field(sa_column=Column('owner_id', ForeignKey('owners.id'), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    owner: 'Owners' = Relationship(back_populates='pets')
