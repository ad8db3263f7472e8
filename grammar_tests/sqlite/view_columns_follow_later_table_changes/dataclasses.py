from typing import Optional
import datetime

from sqlalchemy import Column, Integer, String, TIMESTAMP, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_every_reading = Table(
    'every_reading', Base.metadata,
    Column('id', Integer),
    Column('sensor', Text),
    Column('value', Integer),
    Column('taken_at', TIMESTAMP)
)


t_loud_labels = Table(
    'loud_labels', Base.metadata,
    Column('shout', NullType)
)


t_place_labels = Table(
    'place_labels', Base.metadata,
    Column('id', Integer),
    Column('label', String(40)),
    Column('shout', NullType)
)


class Places(Base):
    __tablename__ = 'places'

    label: Mapped[str] = mapped_column(String(40), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    region: Mapped[Optional[int]] = mapped_column(Integer)


class Readings(Base):
    __tablename__ = 'readings'

    sensor: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    value: Mapped[Optional[int]] = mapped_column(Integer)
    taken_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
