from sqlalchemy import BOOLEAN, CHAR, Column, DOUBLE_PRECISION, INTEGER, MetaData, NUMERIC, PrimaryKeyConstraint, TEXT, Table, VARCHAR
from sqlalchemy.dialects.postgresql import ARRAY, BIT, HSTORE, INTERVAL, TIME, TIMESTAMP

metadata = MetaData()


t_measurement = Table(
    'measurement', metadata,
    Column('id', INTEGER, primary_key=True),
    Column('tags', ARRAY(HSTORE(text_type=Text()))),
    Column('flags', ARRAY(BIT(length=3))),
    Column('masks', ARRAY(BIT(length=8, varying=True))),
    Column('spans', ARRAY(INTERVAL(precision=2, fields='minute to second'))),
    Column('short_spans', ARRAY(INTERVAL(precision=3))),
    Column('seen_at', ARRAY(TIMESTAMP(timezone=True, precision=6))),
    Column('local_times', ARRAY(TIME(precision=3))),
    Column('ratios', ARRAY(DOUBLE_PRECISION(precision=53))),
    Column('amounts', ARRAY(NUMERIC(precision=10, scale=2))),
    Column('codes', ARRAY(VARCHAR(length=5, collation='C'))),
    Column('notes', ARRAY(TEXT(collation='C'))),
    Column('letters', ARRAY(CHAR(length=2))),
    Column('answers', ARRAY(BOOLEAN())),
    Column('tag', HSTORE(Text())),
    Column('flag', BIT(3)),
    Column('mask', BIT(8, True)),
    Column('span', INTERVAL(2, 'minute to second')),
    Column('seen', TIMESTAMP(True, 6)),
    Column('ratio', DOUBLE_PRECISION(53)),
    PrimaryKeyConstraint('id', name='measurement_pkey')
)
