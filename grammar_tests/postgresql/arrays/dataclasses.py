from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import ARRAY, Boolean, DateTime, Enum, Integer, Numeric, PrimaryKeyConstraint, String, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Color(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'


class Palettes(Base):
    __tablename__ = 'palettes'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='palettes_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    names: Mapped[list[str]] = mapped_column(ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]"))
    codes: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=7)))
    weights: Mapped[Optional[list[decimal.Decimal]]] = mapped_column(ARRAY(Numeric(precision=5, scale=2)))
    grid: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    fixed_size: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    colors: Mapped[Optional[list[Color]]] = mapped_column(ARRAY(Enum(Color, values_callable=lambda cls: [member.value for member in cls], name='color')), server_default=text("ARRAY['red'::color]"))
    ids: Mapped[Optional[list[uuid.UUID]]] = mapped_column(ARRAY(Uuid()))
    flags: Mapped[Optional[list[bool]]] = mapped_column(ARRAY(Boolean(_create_events=False)))
    stamps: Mapped[Optional[list[datetime.datetime]]] = mapped_column(ARRAY(DateTime(timezone=True)))
