from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, DateTime, ForeignKeyConstraint, Numeric, PrimaryKeyConstraint, String, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, Relationship, SQLModel

class Metrics(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='metrics_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))
    deleted_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('deleted_at', DateTime))

    metric_filters: list['MetricFilters'] = Relationship(back_populates='metric')


class MetricFilters(SQLModel, table=True):
    __tablename__ = 'metric_filters'
    __table_args__ = (
        ForeignKeyConstraint(['metric_id'], ['metrics.id'], name='metric_filters_metric_id_fkey'),
        PrimaryKeyConstraint('id', name='metric_filters_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True))
    metric_id: Optional[int] = Field(default=None, sa_column=Column('metric_id', BigInteger))
    key: Optional[str] = Field(default=None, sa_column=Column('key', String(20)))
    vals: Optional[list[str]] = Field(default=None, sa_column=Column('vals', ARRAY(Text())))
    weight: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('weight', Numeric(6, 2)))

    metric: Optional['Metrics'] = Relationship(back_populates='metric_filters')
