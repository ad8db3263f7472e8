from typing import Optional

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Vehicles(Base):
    __tablename__ = 'vehicles'

    kind: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class Cars(Vehicles):
    __tablename__ = 'cars'

    seats: Mapped[int] = mapped_column(Integer, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(ForeignKey('vehicles.id'), primary_key=True)
