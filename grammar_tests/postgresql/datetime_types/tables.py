from sqlalchemy import Column, Date, DateTime, Integer, MetaData, PrimaryKeyConstraint, Table, Time, text
from sqlalchemy.dialects.postgresql import INTERVAL, TIME, TIMESTAMP

metadata = MetaData()


t_events = Table(
    'events', metadata,
    Column('id', Integer, primary_key=True),
    Column('day', Date, nullable=False, server_default=text('CURRENT_DATE')),
    Column('starts_at', Time),
    Column('starts_at_tz', Time(True)),
    Column('starts_precise', TIME(precision=3)),
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('created_at_tz', DateTime(True), nullable=False, server_default=text('now()')),
    Column('logged_at', TIMESTAMP(precision=0), server_default=text('LOCALTIMESTAMP')),
    Column('logged_tz', TIMESTAMP(True, 3)),
    Column('expires_at', DateTime(True), server_default=text("(now() + '30 days'::interval)")),
    Column('duration', INTERVAL),
    Column('short_duration', INTERVAL(fields='hour to minute')),
    Column('precise_duration', INTERVAL(2)),
    Column('local_time', Time, server_default=text('LOCALTIME')),
    Column('epoch', DateTime, server_default=text("'1970-01-01 00:00:00'::timestamp without time zone")),
    PrimaryKeyConstraint('id', name='events_pkey')
)
