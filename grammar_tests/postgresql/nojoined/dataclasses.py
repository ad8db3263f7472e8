from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Vehicles(Base):
    __tablename__ = 'vehicles'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='vehicles_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)

    cars: Mapped['Cars'] = relationship('Cars', uselist=False, back_populates='vehicles')


class Cars(Base):
    __tablename__ = 'cars'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_id_fkey'),
        PrimaryKeyConstraint('id', name='cars_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seats: Mapped[int] = mapped_column(Integer, nullable=False)

    vehicles: Mapped['Vehicles'] = relationship('Vehicles', back_populates='cars')
