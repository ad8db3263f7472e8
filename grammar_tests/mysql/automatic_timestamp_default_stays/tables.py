from sqlalchemy import Column, DateTime, MetaData, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER

metadata = MetaData()


t_visits = Table(
    'visits', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('arrived', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('checked', DATETIME(fsp=3), server_default=text('current_timestamp(3)')),
    Column('seen', TIMESTAMP, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('planned', DateTime),
    Column('touched', DateTime, server_default=text("'2021-06-01 12:00:00'")),
    Column('left_at', DateTime, nullable=False)
)
