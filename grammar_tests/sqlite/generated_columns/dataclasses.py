from typing import Optional

from sqlalchemy import Computed, Integer, REAL, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class People(Base):
    __tablename__ = 'people'

    first_name: Mapped[str] = mapped_column(Text, nullable=False)
    last_name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[Optional[str]] = mapped_column(Text, Computed("first_name || ' ' || last_name", persisted=False))
    height_cm: Mapped[Optional[float]] = mapped_column(REAL)
    height_in: Mapped[Optional[float]] = mapped_column(REAL, Computed('', persisted=True))
    name_length: Mapped[Optional[int]] = mapped_column(Integer, Computed('', persisted=False))
