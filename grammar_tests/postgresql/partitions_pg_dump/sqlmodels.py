from typing import Optional
import datetime

from sqlalchemy import BigInteger, Column, Date, Index, Integer, PrimaryKeyConstraint, Table
from sqlmodel import Field, SQLModel

class Measurements(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', 'logdate', name='measurements_pkey'),
        Index('measurements_peak_idx', 'peak')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True))
    logdate: datetime.date = Field(sa_column=Column('logdate', Date, primary_key=True))
    peak: Optional[int] = Field(default=None, sa_column=Column('peak', Integer))


class Measurements2024(SQLModel, table=True):
    __tablename__ = 'measurements_2024'
    __table_args__ = (
        PrimaryKeyConstraint('id', 'logdate', name='measurements_2024_pkey'),
        Index('measurements_2024_peak_idx', 'peak')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True))
    logdate: datetime.date = Field(sa_column=Column('logdate', Date, primary_key=True))
    peak: Optional[int] = Field(default=None, sa_column=Column('peak', Integer))


t_measurements_2025 = Table(
    'measurements_2025', SQLModel.metadata,
    Column('id', BigInteger, nullable=False),
    Column('logdate', Date, nullable=False),
    Column('peak', Integer)
)
