from sqlalchemy import BigInteger, Column, DateTime, ForeignKeyConstraint, JSON, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_metric_exports = Table(
    'metric_exports', metadata,
    Column('id', BigInteger),
    Column('filters', JSON),
    Column('top_weight', Numeric),
    Column('live_filters', BigInteger),
    Column('first_key', Text),
    Column('last_id', Text)
)

t_metrics = Table(
    'metrics', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('name', Text),
    Column('deleted_at', DateTime),
    PrimaryKeyConstraint('id', name='metrics_pkey')
)

t_metric_filters = Table(
    'metric_filters', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('metric_id', BigInteger),
    Column('key', String(20)),
    Column('vals', ARRAY(Text())),
    Column('weight', Numeric(6, 2)),
    ForeignKeyConstraint(['metric_id'], ['metrics.id'], name='metric_filters_metric_id_fkey'),
    PrimaryKeyConstraint('id', name='metric_filters_pkey')
)
