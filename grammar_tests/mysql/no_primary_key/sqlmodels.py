from sqlalchemy import Column, Index, String, Table
from sqlalchemy.dialects.mysql import DATETIME, LONGTEXT
from sqlmodel import SQLModel

t_events = Table(
    'events', SQLModel.metadata,
    Column('occurred_at', DATETIME(fsp=3), nullable=False),
    Column('kind', String(20), nullable=False),
    Column('payload', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Index('idx_kind', 'kind')
)
