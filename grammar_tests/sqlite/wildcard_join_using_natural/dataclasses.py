from typing import Optional

from sqlalchemy import Column, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_all_natural = Table(
    'all_natural', Base.metadata,
    Column('id', Integer),
    Column('room', Text),
    Column('label', Text),
    Column('box_id', Integer),
    Column('size', Integer),
    Column('bin_id', Integer),
    Column('color', Text)
)


class Bin(Base):
    __tablename__ = 'bin'

    bin_id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    room: Mapped[Optional[str]] = mapped_column(Text)
    size: Mapped[Optional[int]] = mapped_column(Integer)
    color: Mapped[Optional[str]] = mapped_column(Text)


class Box(Base):
    __tablename__ = 'box'

    box_id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    Room: Mapped[Optional[str]] = mapped_column(Text)
    label: Mapped[Optional[str]] = mapped_column(Text)
    size: Mapped[Optional[int]] = mapped_column(Integer)


t_from_subquery = Table(
    'from_subquery', Base.metadata,
    Column('room', Text),
    Column('label', Text),
    Column('bin_id', Integer),
    Column('size', Integer),
    Column('color', Text)
)


t_qualified = Table(
    'qualified', Base.metadata,
    Column('box_id', Integer),
    Column('Room', Text),
    Column('label', Text),
    Column('size', Integer),
    Column('id', Integer),
    Column('room:1', Text),
    Column('label:1', Text)
)


class Shelf(Base):
    __tablename__ = 'shelf'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    room: Mapped[Optional[str]] = mapped_column(Text)
    label: Mapped[Optional[str]] = mapped_column(Text)


t_shelf_box = Table(
    'shelf_box', Base.metadata,
    Column('id', Integer),
    Column('room', Text),
    Column('label', Text),
    Column('box_id', Integer),
    Column('size', Integer)
)
