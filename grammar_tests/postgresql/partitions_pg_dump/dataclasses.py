from typing import Optional
import datetime

from sqlalchemy import BigInteger, Column, Date, Index, Integer, PrimaryKeyConstraint, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Measurements(Base):
    __tablename__ = 'measurements'
    __table_args__ = (
        PrimaryKeyConstraint('id', 'logdate', name='measurements_pkey'),
        Index('measurements_peak_idx', 'peak')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    logdate: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    peak: Mapped[Optional[int]] = mapped_column(Integer)


class Measurements2024(Base):
    __tablename__ = 'measurements_2024'
    __table_args__ = (
        PrimaryKeyConstraint('id', 'logdate', name='measurements_2024_pkey'),
        Index('measurements_2024_peak_idx', 'peak')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    logdate: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    peak: Mapped[Optional[int]] = mapped_column(Integer)


t_measurements_2025 = Table(
    'measurements_2025', Base.metadata,
    Column('id', BigInteger, nullable=False),
    Column('logdate', Date, nullable=False),
    Column('peak', Integer)
)
