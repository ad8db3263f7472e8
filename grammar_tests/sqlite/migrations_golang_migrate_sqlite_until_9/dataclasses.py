from typing import Optional

from sqlalchemy import ForeignKey, Integer, REAL, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Dishes(Base):
    __tablename__ = 'dishes'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    prep_minutes: Mapped[Optional[int]] = mapped_column(Integer)

    ingredients: Mapped[list['Ingredients']] = relationship('Ingredients', back_populates='dish')


class Ingredients(Base):
    __tablename__ = 'ingredients'

    dish_id: Mapped[int] = mapped_column(ForeignKey('dishes.id', ondelete='CASCADE'), nullable=False)
    item: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    grams: Mapped[Optional[float]] = mapped_column(REAL)

    dish: Mapped['Dishes'] = relationship('Dishes', back_populates='ingredients')
