import decimal

from sqlalchemy import ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Vehicles(Base):
    __tablename__ = 'vehicles'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='vehicles_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    wheels: Mapped[int] = mapped_column(Integer, nullable=False)


class Cars(Vehicles):
    __tablename__ = 'cars'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_id_fkey'),
        PrimaryKeyConstraint('id', name='cars_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seats: Mapped[int] = mapped_column(Integer, nullable=False)


class Trucks(Vehicles):
    __tablename__ = 'trucks'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='trucks_id_fkey'),
        PrimaryKeyConstraint('id', name='trucks_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[decimal.Decimal] = mapped_column(Numeric, nullable=False)
