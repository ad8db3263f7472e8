from typing import Optional

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Owners(Base):
    __tablename__ = 'owners'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    pets: Mapped[list['Pets']] = relationship('Pets', back_populates='owner')


class Pets(Base):
    __tablename__ = 'pets'

    owner_id: Mapped[int] = mapped_column(ForeignKey('owners.id'), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(Text)

    owner: Mapped['Owners'] = relationship('Owners', back_populates='pets')
