from typing import Optional
import decimal

from sqlalchemy import Column, Integer, Numeric, String, Text
from sqlmodel import Field, SQLModel

class Gauges(SQLModel, table=True):
    reading: decimal.Decimal = Field(sa_column=Column('reading', Numeric(8, 2), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    unit: Optional[str] = Field(default=None, sa_column=Column('unit', String(8)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
