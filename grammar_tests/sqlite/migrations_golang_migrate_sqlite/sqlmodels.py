from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Index, Integer, REAL, Text, text
from sqlmodel import Field, Relationship, SQLModel

class IngredientsUnit(str, enum.Enum):
    G = 'g'
    ML = 'ml'
    PC = 'pc'


class Dishes(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    prep_minutes: Optional[int] = Field(default=None, sa_column=Column('prep_minutes', Integer))

    ingredients: list['Ingredients'] = Relationship(back_populates='dish')


class Ingredients(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("unit IN ('g', 'ml', 'pc')"),
        Index('ingredients_dish_id', 'dish_id')
    )

    dish_id: int = Field(sa_column=Column('dish_id', ForeignKey('dishes.id'), nullable=False))
    item: str = Field(sa_column=Column('item', Text, nullable=False))
    quantity: float = Field(sa_column=Column('quantity', REAL, nullable=False, server_default=text('1')))
    unit: IngredientsUnit = Field(sa_column=Column('unit', Enum(IngredientsUnit, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'g'")))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    dish: 'Dishes' = Relationship(back_populates='ingredients')
