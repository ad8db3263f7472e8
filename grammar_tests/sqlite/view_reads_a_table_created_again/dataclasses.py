from typing import Optional
import decimal

from sqlalchemy import Column, Integer, Numeric, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_gauge_readings = Table(
    'gauge_readings', Base.metadata,
    Column('id', Integer),
    Column('reading', Numeric(8, 2)),
    Column('unit', String(8))
)


class Gauges(Base):
    __tablename__ = 'gauges'

    reading: Mapped[decimal.Decimal] = mapped_column(Numeric(8, 2), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    unit: Mapped[Optional[str]] = mapped_column(String(8))
    note: Mapped[Optional[str]] = mapped_column(Text)
