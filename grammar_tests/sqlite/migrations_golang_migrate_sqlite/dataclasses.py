from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, Integer, REAL, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class IngredientsUnit(str, enum.Enum):
    G = 'g'
    ML = 'ml'
    PC = 'pc'


class Dishes(Base):
    __tablename__ = 'dishes'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    prep_minutes: Mapped[Optional[int]] = mapped_column(Integer)

    ingredients: Mapped[list['Ingredients']] = relationship('Ingredients', back_populates='dish')


class Ingredients(Base):
    __tablename__ = 'ingredients'
    __table_args__ = (
        CheckConstraint("unit IN ('g', 'ml', 'pc')"),
        Index('ingredients_dish_id', 'dish_id')
    )

    dish_id: Mapped[int] = mapped_column(ForeignKey('dishes.id'), nullable=False)
    item: Mapped[str] = mapped_column(Text, nullable=False)
    quantity: Mapped[float] = mapped_column(REAL, nullable=False, server_default=text('1'))
    unit: Mapped[IngredientsUnit] = mapped_column(Enum(IngredientsUnit, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'g'"))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    dish: Mapped['Dishes'] = relationship('Dishes', back_populates='ingredients')
