from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, REAL, Text
from sqlmodel import Field, Relationship, SQLModel

class Dishes(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    prep_minutes: Optional[int] = Field(default=None, sa_column=Column('prep_minutes', Integer))

    ingredients: list['Ingredients'] = Relationship(back_populates='dish')


class Ingredients(SQLModel, table=True):
    dish_id: int = Field(sa_column=Column('dish_id', ForeignKey('dishes.id', ondelete='CASCADE'), nullable=False))
    item: str = Field(sa_column=Column('item', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    grams: Optional[float] = Field(default=None, sa_column=Column('grams', REAL))

    dish: 'Dishes' = Relationship(back_populates='ingredients')
