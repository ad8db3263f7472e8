from typing import Optional
import datetime
import decimal

from sqlalchemy import Boolean, Column, Integer, Numeric, REAL, TIMESTAMP, Text
from sqlmodel import Field, SQLModel

class Reading(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    __debug__: Optional[int] = Field(default=None, sa_column=Column('__debug__', Integer))
    datetime: Optional[datetime.datetime] = Field(default=None, sa_column=Column('datetime', TIMESTAMP))
    Optional_: Optional[str] = Field(default=None, sa_column=Column('Optional', Text))
    decimal: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('decimal', Numeric(10, 2)))
    str: Optional[str] = Field(default=None, sa_column=Column('str', Text))
    __tablename__: Optional[str] = Field(default=None, sa_column=Column('__tablename__', Text))
    __table_args__: Optional[str] = Field(default=None, sa_column=Column('__table_args__', Text))
    __qualname__: Optional[str] = Field(default=None, sa_column=Column('__qualname__', Text))
    _sa_registry: Optional[str] = Field(default=None, sa_column=Column('_sa_registry', Text))
    registry: Optional[str] = Field(default=None, sa_column=Column('registry', Text))
    __deleted: Optional[bool] = Field(default=None, sa_column=Column('__deleted', Boolean))
    area_m²: Optional[float] = Field(default=None, sa_column=Column('area_m²', REAL))
    co₂: Optional[float] = Field(default=None, sa_column=Column('co₂', REAL))
    _①: Optional[int] = Field(default=None, sa_column=Column('①', Integer))
    ﬁle: Optional[str] = Field(default=None, sa_column=Column('ﬁle', Text))
    file: Optional[str] = Field(default=None, sa_column=Column('file', Text))
    K: Optional[str] = Field(default=None, sa_column=Column('K', Text))
    K: Optional[str] = Field(default=None, sa_column=Column('K', Text))
    न_म: Optional[str] = Field(default=None, sa_column=Column('नाम', Text))
