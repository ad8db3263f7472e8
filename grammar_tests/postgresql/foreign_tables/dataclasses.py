from sqlalchemy import BigInteger, CHAR, Column, Date, Integer, Numeric, PrimaryKeyConstraint, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class City(Base):
    __tablename__ = 'city'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='city_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)


t_city_report = Table(
    'city_report', Base.metadata,
    Column('id', Integer),
    Column('name', String(80)),
    Column('population', BigInteger),
    Column('country', CHAR(2))
)


t_measurement = Table(
    'measurement', Base.metadata,
    Column('logdate', Date, nullable=False),
    Column('reading', Numeric(8, 2))
)


t_measurement_recent = Table(
    'measurement_recent', Base.metadata,
    Column('logdate', Date, nullable=False),
    Column('reading', Numeric(8, 2))
)


class Scratch(Base):
    __tablename__ = 'scratch'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='scratch_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
