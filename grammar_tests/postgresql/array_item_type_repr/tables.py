from sqlalchemy import Boolean, CHAR, Column, Double, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, HSTORE, INTERVAL, TIME, TIMESTAMP

metadata = MetaData()


t_measurement = Table(
    'measurement', metadata,
    Column('id', Integer, primary_key=True),
    Column('tags', ARRAY(HSTORE(text_type=Text()))),
    Column('flags', ARRAY(BIT(length=3))),
    Column('masks', ARRAY(BIT(length=8, varying=True))),
    Column('spans', ARRAY(INTERVAL(precision=2, fields='minute to second'))),
    Column('short_spans', ARRAY(INTERVAL(precision=3))),
    Column('seen_at', ARRAY(TIMESTAMP(timezone=True, precision=6))),
    Column('local_times', ARRAY(TIME(precision=3))),
    Column('ratios', ARRAY(Double(precision=53))),
    Column('amounts', ARRAY(Numeric(precision=10, scale=2))),
    Column('codes', ARRAY(String(length=5, collation='C'))),
    Column('notes', ARRAY(Text(collation='C'))),
    Column('letters', ARRAY(CHAR(length=2))),
    Column('answers', ARRAY(Boolean(_create_events=False))),
    Column('tag', HSTORE(Text())),
    Column('flag', BIT(3)),
    Column('mask', BIT(8, True)),
    Column('span', INTERVAL(2, 'minute to second')),
    Column('seen', TIMESTAMP(True, 6)),
    Column('ratio', Double(53)),
    PrimaryKeyConstraint('id', name='measurement_pkey')
)
