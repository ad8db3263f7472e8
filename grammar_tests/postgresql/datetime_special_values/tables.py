from sqlalchemy import CheckConstraint, Column, Date, DateTime, Integer, MetaData, PrimaryKeyConstraint, Table, Time, text
from sqlalchemy.dialects.postgresql import TIMESTAMP

metadata = MetaData()


t_schedule = Table(
    'schedule', metadata,
    Column('id', Integer, primary_key=True),
    Column('starts', DateTime, server_default=text("'1970-01-01 00:00:00'::timestamp without time zone")),
    Column('starts_tz', DateTime(True), server_default=text("'1970-01-01 00:00:00+00'::timestamp with time zone")),
    Column('ends', DateTime(True), server_default=text("'infinity'::timestamp with time zone")),
    Column('first_day', Date, server_default=text("'-infinity'::date")),
    Column('epoch_day', Date, server_default=text("'1970-01-01'::date")),
    Column('midnight', Time, server_default=text("'00:00:00'::time without time zone")),
    Column('midnight_tz', Time(True), server_default=text("'00:00:00+00'::time with time zone")),
    Column('offset_dropped', DateTime, server_default=text("'1970-01-01 00:00:01'::timestamp without time zone")),
    Column('offset_dropped_ms', TIMESTAMP(precision=3), server_default=text("'2000-01-01 10:00:00.5'::timestamp without time zone")),
    Column('typed_literal', DateTime, server_default=text("'infinity'::timestamp without time zone")),
    Column('runtime_day', Date, server_default=text("('now'::text)::date")),
    CheckConstraint("starts > '1970-01-01 00:00:00'::timestamp without time zone AND first_day < 'infinity'::date", name='after_epoch'),
    PrimaryKeyConstraint('id', name='schedule_pkey')
)
