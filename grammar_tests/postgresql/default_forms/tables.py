from sqlalchemy import BigInteger, Boolean, CHAR, Column, Date, DateTime, Double, Integer, LargeBinary, MetaData, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, Time, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, INET, MONEY, TIME, TIMESTAMP

metadata = MetaData()


t_d = Table(
    'd', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer, server_default=text("'-1'::integer")),
    Column('b', Numeric(5, 2), server_default=text('1.5')),
    Column('c', Text, server_default=text("'it''s'::text")),
    Column('e', Text, server_default=text("'line\nbreak'::text")),
    Column('f', DateTime(True), server_default=text('now()')),
    Column('g', DateTime, server_default=text('CURRENT_TIMESTAMP')),
    Column('h', TIMESTAMP(precision=3), server_default=text('LOCALTIMESTAMP(3)')),
    Column('i', Date, server_default=text('CURRENT_DATE')),
    Column('j', Uuid, server_default=text('gen_random_uuid()')),
    Column('k', Boolean, server_default=text('true')),
    Column('l', String(10), server_default=text("'x'::character varying")),
    Column('m', ARRAY(Text()), server_default=text("ARRAY['a'::text, 'b'::text]")),
    Column('n', ARRAY(Integer()), server_default=text("'{1,2}'::integer[]")),
    Column('o', BigInteger, server_default=text("'9223372036854775807'::bigint")),
    Column('p', SmallInteger, server_default=text('1')),
    Column('q', Double(53), server_default=text("'NaN'::double precision")),
    Column('r', Numeric, server_default=text("'Infinity'::numeric")),
    Column('s', Text, server_default=text('CURRENT_USER')),
    Column('t', Time, server_default=text("'12:00:00'::time without time zone")),
    Column('v', INET, server_default=text("'127.0.0.1'::inet")),
    Column('w', MONEY, server_default=text('0')),
    Column('x', CHAR(2), server_default=text("'ab'::bpchar")),
    Column('y', LargeBinary, server_default=text("'\\x00'::bytea")),
    Column('z', Integer, server_default=text('((1 + 2) * 3)')),
    PrimaryKeyConstraint('id', name='d_pkey')
)

t_d2 = Table(
    'd2', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Time, server_default=text("'09:05:00'::time without time zone")),
    Column('b', Time, server_default=text("'10:11:12.5'::time without time zone")),
    Column('c', DateTime, server_default=text("'2020-01-02 00:00:00'::timestamp without time zone")),
    Column('d', DateTime, server_default=text("'2020-01-02 03:04:00'::timestamp without time zone")),
    Column('e', TIMESTAMP(precision=3), server_default=text("'2020-01-02 03:04:05.123'::timestamp without time zone")),
    Column('f', TIME(precision=0), server_default=text("'23:59:59'::time without time zone")),
    PrimaryKeyConstraint('id', name='d2_pkey')
)
