from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import ARRAY, Boolean, Column, DateTime, Enum, Integer, Numeric, PrimaryKeyConstraint, String, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

class Color(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'


class Palettes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='palettes_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    names: list[str] = Field(sa_column=Column('names', ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]")))
    codes: Optional[list[str]] = Field(default=None, sa_column=Column('codes', ARRAY(String(length=7))))
    weights: Optional[list[decimal.Decimal]] = Field(default=None, sa_column=Column('weights', ARRAY(Numeric(precision=5, scale=2))))
    grid: Optional[list[int]] = Field(default=None, sa_column=Column('grid', ARRAY(Integer())))
    fixed_size: Optional[list[int]] = Field(default=None, sa_column=Column('fixed_size', ARRAY(Integer())))
    colors: Optional[list[Color]] = Field(default=None, sa_column=Column('colors', ARRAY(Enum(Color, values_callable=lambda cls: [member.value for member in cls], name='color')), server_default=text("ARRAY['red'::color]")))
    ids: Optional[list[uuid.UUID]] = Field(default=None, sa_column=Column('ids', ARRAY(Uuid())))
    flags: Optional[list[bool]] = Field(default=None, sa_column=Column('flags', ARRAY(Boolean(_create_events=False))))
    stamps: Optional[list[datetime.datetime]] = Field(default=None, sa_column=Column('stamps', ARRAY(DateTime(timezone=True))))
