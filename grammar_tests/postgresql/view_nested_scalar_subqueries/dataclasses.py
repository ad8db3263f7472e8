from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, DateTime, ForeignKeyConstraint, JSON, Numeric, PrimaryKeyConstraint, String, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_metric_exports = Table(
    'metric_exports', Base.metadata,
    Column('id', BigInteger),
    Column('filters', JSON),
    Column('top_weight', Numeric),
    Column('live_filters', BigInteger),
    Column('first_key', Text),
    Column('last_id', Text)
)


class Metrics(Base):
    __tablename__ = 'metrics'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='metrics_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(Text)
    deleted_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    metric_filters: Mapped[list['MetricFilters']] = relationship('MetricFilters', back_populates='metric')


class MetricFilters(Base):
    __tablename__ = 'metric_filters'
    __table_args__ = (
        ForeignKeyConstraint(['metric_id'], ['metrics.id'], name='metric_filters_metric_id_fkey'),
        PrimaryKeyConstraint('id', name='metric_filters_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    metric_id: Mapped[Optional[int]] = mapped_column(BigInteger)
    key: Mapped[Optional[str]] = mapped_column(String(20))
    vals: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    weight: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(6, 2))

    metric: Mapped[Optional['Metrics']] = relationship('Metrics', back_populates='metric_filters')
