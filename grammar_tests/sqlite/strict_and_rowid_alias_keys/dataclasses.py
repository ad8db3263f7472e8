from typing import Optional

from sqlalchemy import Column, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Code(Base):
    __tablename__ = 'code'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)


class Counter(Base):
    __tablename__ = 'counter'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    hits: Mapped[Optional[int]] = mapped_column(Integer)


t_counter_rows = Table(
    'counter_rows', Base.metadata,
    Column('id', Integer),
    Column('hits', Integer)
)


class DescKey(Base):
    __tablename__ = 'desc_key'

    id: Mapped[int] = mapped_column(Integer, primary_key=True, unique=True)
    label: Mapped[Optional[str]] = mapped_column(Text, unique=True)


t_desc_rows = Table(
    'desc_rows', Base.metadata,
    Column('rowid', Integer),
    Column('id', Integer),
    Column('label', Text)
)


class LateKey(Base):
    __tablename__ = 'late_key'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)


class LooseDesc(Base):
    __tablename__ = 'loose_desc'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True, unique=True)
    label: Mapped[Optional[str]] = mapped_column(Text)


class Pair(Base):
    __tablename__ = 'pair'

    a: Mapped[str] = mapped_column(Text, primary_key=True)
    b: Mapped[int] = mapped_column(Integer, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
