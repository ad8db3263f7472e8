from sqlalchemy import Column, Date, DateTime, MetaData, Table
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_span = Table(
    'span', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('d', Date, nullable=False),
    Column('dt', DateTime),
    Column('n', INTEGER(11)),
    Column('b', BIGINT(20))
)

t_span_days = Table(
    'span_days', metadata,
    Column('id', INTEGER(11)),
    Column('day_number', INTEGER(7)),
    Column('dt_number', INTEGER(7)),
    Column('between_days', INTEGER(8)),
    Column('diff_days', INTEGER(8)),
    Column('age_days', INTEGER(8)),
    Column('next_day_number', INTEGER(8)),
    Column('minus_int', BIGINT(12)),
    Column('times_bigint', BIGINT(26)),
    Column('seconds', BIGINT(12)),
    Column('from_number', Date)
)
