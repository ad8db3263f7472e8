from sqlalchemy import Column, Date, DateTime, MetaData, TIMESTAMP, Table, Time, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TIME, TIMESTAMP, YEAR

metadata = MetaData()


t_events = Table(
    'events', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('day', Date, nullable=False),
    Column('starts_at', Time),
    Column('starts_precise', TIME(fsp=3)),
    Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('created_precise', DATETIME(fsp=6), server_default=text('current_timestamp(6)')),
    Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('touched_at', TIMESTAMP(fsp=3)),
    Column('published_on', Date, server_default=text("'2000-01-01'")),
    Column('opens', Time, server_default=text("'09:00:00'")),
    Column('epoch', DateTime, server_default=text("'1970-01-01 00:00:00'")),
    Column('season', YEAR(4), server_default=text('2024')),
    Column('season4', YEAR(4))
)
