from typing import Optional

from sqlalchemy import Computed, Integer, REAL, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Box(Base):
    __tablename__ = 'box'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    w: Mapped[Optional[float]] = mapped_column(REAL)
    h: Mapped[Optional[float]] = mapped_column(REAL)
    area: Mapped[Optional[float]] = mapped_column(REAL, Computed('w * h', persisted=True))


class Label(Base):
    __tablename__ = 'label'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    upper_name: Mapped[Optional[str]] = mapped_column(Text, Computed("upper(name)) VIRTUAL, note TEXT, name_length INTEGER GENERATED ALWAYS AS (length(name)) VIRTUAL, code VARCHAR(8) DEFAULT ('x'", persisted=False))
    note: Mapped[Optional[str]] = mapped_column(Text)
    name_length: Mapped[Optional[int]] = mapped_column(Integer, Computed("length(name)) VIRTUAL, code VARCHAR(8) DEFAULT ('x'", persisted=False))
    code: Mapped[Optional[str]] = mapped_column(String(8), server_default=text("'x'"))


class Pair(Base):
    __tablename__ = 'pair'

    k: Mapped[str] = mapped_column(Text, primary_key=True)
    v: Mapped[Optional[int]] = mapped_column(Integer)
    twice: Mapped[Optional[int]] = mapped_column(Integer, Computed('v * 2', persisted=False))
