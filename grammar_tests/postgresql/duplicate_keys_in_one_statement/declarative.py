from typing import Optional

from sqlalchemy import CHAR, Column, Integer, PrimaryKeyConstraint, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = 'device'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='device_named'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Event(Base):
    __tablename__ = 'event'
    __table_args__ = (
        PrimaryKeyConstraint('uuid', name='event_pkey'),
    )

    uuid: Mapped[str] = mapped_column(CHAR(36), primary_key=True)
    kind: Mapped[Optional[int]] = mapped_column(Integer)


class Label(Base):
    __tablename__ = 'label'
    __table_args__ = (
        PrimaryKeyConstraint('x', name='label_pkey'),
        UniqueConstraint('name', name='label_one'),
        UniqueConstraint('name', name='label_two')
    )

    x: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(Text)


t_pair = Table(
    'pair', Base.metadata,
    Column('x', Integer),
    Column('y', Integer),
    UniqueConstraint('x', 'y', name='pair_named'),
    UniqueConstraint('y', 'x', name='pair_y_x_key')
)


class Tag(Base):
    __tablename__ = 'tag'
    __table_args__ = (
        PrimaryKeyConstraint('x', name='tag_named'),
    )

    x: Mapped[int] = mapped_column(Integer, primary_key=True)
