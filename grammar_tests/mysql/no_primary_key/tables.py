from sqlalchemy import Column, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import DATETIME, LONGTEXT

metadata = MetaData()


t_events = Table(
    'events', metadata,
    Column('occurred_at', DATETIME(fsp=3), nullable=False),
    Column('kind', String(20), nullable=False),
    Column('payload', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Index('idx_kind', 'kind')
)
