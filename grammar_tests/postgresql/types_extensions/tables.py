from sqlalchemy import Column, DateTime, Double, Integer, MetaData, Numeric, PrimaryKeyConstraint, REAL, String, Table, Text, Uuid
from sqlalchemy.dialects.postgresql import ARRAY, BIT, CITEXT, DATEMULTIRANGE, HSTORE, INT4MULTIRANGE, INT8RANGE, INTERVAL, MACADDR8, NUMMULTIRANGE, NUMRANGE, REGCLASS, REGCONFIG, TIME, TIMESTAMP, TSQUERY, TSRANGE, TSTZRANGE
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_t2 = Table(
    't2', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', INT8RANGE),
    Column('b', NUMRANGE),
    Column('c', TSRANGE),
    Column('d', TSTZRANGE),
    Column('e', INT4MULTIRANGE),
    Column('f', DATEMULTIRANGE),
    Column('g', NUMMULTIRANGE),
    Column('h', TSQUERY),
    Column('i', REGCONFIG),
    Column('j', REGCLASS),
    Column('k', String),
    Column('l', String),
    Column('m', MACADDR8),
    Column('n', CITEXT),
    Column('o', HSTORE(Text())),
    Column('p', Numeric(5, 0)),
    Column('q', Numeric(7, 3)),
    Column('r', TIMESTAMP(precision=0)),
    Column('s', TIME(True, 6)),
    Column('t', String),
    Column('u', BIT(varying=True)),
    Column('v', INTERVAL(fields='year')),
    Column('w', INTERVAL(2)),
    Column('x', REAL),
    Column('y', Double(53)),
    Column('z', ARRAY(Numeric(precision=10, scale=2))),
    Column('aa', ARRAY(Uuid())),
    Column('ab', ARRAY(DateTime(timezone=True))),
    Column('ac', ARRAY(String(length=20))),
    Column('ad', String(5, 'C')),
    Column('ae', Text(collation='POSIX')),
    Column('af', NullType),
    Column('ag', NullType),
    Column('ah', NullType),
    Column('ai', NullType),
    Column('aj', NullType),
    PrimaryKeyConstraint('id', name='t2_pkey')
)
