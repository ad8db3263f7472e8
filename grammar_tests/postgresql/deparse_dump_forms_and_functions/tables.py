from sqlalchemy import CheckConstraint, Column, Date, DateTime, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

metadata = MetaData()


t_event = Table(
    'event', metadata,
    Column('id', Integer, primary_key=True),
    Column('created_at', DateTime, server_default=text("(now() AT TIME ZONE 'utc'::text)")),
    Column('created_utc', DateTime(True), server_default=text("timezone('utc'::text, now())")),
    Column('starts_on', Date, server_default=text("'2000-01-02'::date")),
    Column('not_before', DateTime(True)),
    Column('window_end', DateTime(True), server_default=text("'2020-02-29 04:30:00+00'::timestamp with time zone")),
    Column('kind', String(20)),
    Column('name', String(50)),
    Column('payload', JSONB),
    Column('tags', ARRAY(String(length=10))),
    Column('a', Integer),
    Column('b', Integer),
    CheckConstraint("jsonb_typeof(payload) = 'object'::text", name='event_payload_check'),
    CheckConstraint("kind::text = ANY (ARRAY['x'::character varying::text, 'y'::character varying::text])", name='event_kind_check'),
    CheckConstraint("not_before > '2000-01-01 00:00:00+00'::timestamp with time zone", name='event_not_before_check'),
    CheckConstraint('num_nonnulls(a, b) = 1', name='event_one_of'),
    PrimaryKeyConstraint('id', name='event_pkey'),
    Index('event_kind_idx', 'id', postgresql_where="((kind)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]))"),
    Index('event_name_idx', 'id', postgresql_where='(length((name)::text) > 3)'),
    Index('event_tags_idx', 'id', postgresql_where="(tags @> ARRAY['a'::character varying])")
)
