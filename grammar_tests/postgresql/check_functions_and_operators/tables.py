from sqlalchemy import CheckConstraint, Column, Date, DateTime, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY, INTERVAL, JSONB

metadata = MetaData()


t_c = Table(
    'c', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('n', Numeric(8, 2)),
    Column('d', Date),
    Column('e', Date),
    Column('ts', DateTime),
    Column('tz', DateTime(True)),
    Column('j', JSONB),
    Column('tags', ARRAY(Text())),
    Column('iv', INTERVAL),
    CheckConstraint('(d + 7) > e', name='c_check1'),
    CheckConstraint('(e - d) > 3', name='c_check'),
    CheckConstraint("(j -> 'x'::text) IS NOT NULL", name='c_j_check3'),
    CheckConstraint("(j ->> 'k'::text) <> ''::text", name='c_j_check'),
    CheckConstraint("(ts - '1 day'::interval) < now()", name='c_ts_check'),
    CheckConstraint('EXTRACT(year FROM d) > 2000::numeric', name='c_d_check'),
    CheckConstraint("age(ts) < '1 year'::interval", name='c_ts_check2'),
    CheckConstraint('array_length(tags, 1) < 5', name='c_tags_check1'),
    CheckConstraint("date_trunc('day'::text, ts) = ts", name='c_ts_check1'),
    CheckConstraint('floor(n) = n', name='c_n_check2'),
    CheckConstraint("iv < '01:00:00'::interval", name='c_iv_check'),
    CheckConstraint("j ? 'k'::text", name='c_j_check1'),
    CheckConstraint('j @> \'{"a": 1}\'::jsonb', name='c_j_check2'),
    CheckConstraint('round(a::double precision) > 1::double precision', name='c_a_check'),
    CheckConstraint('round(n) > 0::numeric', name='c_n_check'),
    CheckConstraint('round(n, 1) < 100::numeric', name='c_n_check1'),
    CheckConstraint("tags[1] <> 'x'::text", name='c_tags_check'),
    CheckConstraint("tz > (now() - '30 days'::interval)", name='c_tz_check'),
    PrimaryKeyConstraint('id', name='c_pkey')
)
