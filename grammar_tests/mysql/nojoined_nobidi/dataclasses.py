from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Vehicles(Base):
    __tablename__ = 'vehicles'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    make: Mapped[str] = mapped_column(String(50), nullable=False)


class Cars(Base):
    __tablename__ = 'cars'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_ibfk_1'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    doors: Mapped[int] = mapped_column(TINYINT(4), nullable=False, server_default=text('4'))

    vehicles: Mapped['Vehicles'] = relationship('Vehicles')


class Trips(Base):
    __tablename__ = 'trips'
    __table_args__ = (
        ForeignKeyConstraint(['car_id'], ['cars.id'], name='trips_ibfk_1'),
        Index('car_id', 'car_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    car_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    car: Mapped['Cars'] = relationship('Cars')
