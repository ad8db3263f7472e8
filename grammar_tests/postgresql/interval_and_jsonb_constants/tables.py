from sqlalchemy import Column, Integer, JSON, MetaData, PrimaryKeyConstraint, Table, text
from sqlalchemy.dialects.postgresql import INTERVAL, JSONB

metadata = MetaData()


t_iv = Table(
    'iv', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', INTERVAL, server_default=text("'1 day -02:00:00'::interval")),
    Column('b', INTERVAL, server_default=text("'-1 days +02:00:00'::interval")),
    Column('c', INTERVAL, server_default=text("'1 mon 15 days'::interval")),
    Column('d', INTERVAL, server_default=text("'3 years 1 mon'::interval")),
    Column('e', INTERVAL, server_default=text("'00:01:30.25'::interval")),
    Column('f', INTERVAL, server_default=text("'-01:30:00'::interval")),
    Column('g', INTERVAL, server_default=text("'10 years'::interval")),
    Column('h', INTERVAL, server_default=text("'03:00:00'::interval")),
    Column('k', INTERVAL, server_default=text("('1 day'::interval * (2)::double precision)")),
    Column('j', JSONB, server_default=text('\'{"e": 100, "n": 1.50, "s": "a\\nbé", "z": 0}\'::jsonb')),
    Column('l', JSONB, server_default=text("'null'::jsonb")),
    Column('m', JSONB, server_default=text('\'"str"\'::jsonb')),
    Column('n', JSONB, server_default=text('\'[1, "2", []]\'::jsonb')),
    PrimaryKeyConstraint('id', name='iv_pkey')
)

t_jd = Table(
    'jd', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', JSONB, server_default=text('\'{"a": [1, 2, {"y": null, "zz": true}], "b": 1, "cc": "x\\"y"}\'::jsonb')),
    Column('b', JSON, server_default=text('\'{"b":1,  "a":2}\'::json')),
    Column('c', JSONB, server_default=text("'[]'::jsonb")),
    Column('d', INTERVAL, server_default=text("'01:30:00'::interval")),
    Column('e', INTERVAL, server_default=text("'9 days 03:00:00'::interval")),
    Column('f', INTERVAL, server_default=text("'2 mons'::interval")),
    Column('g', INTERVAL, server_default=text("'1 year'::interval")),
    Column('h', INTERVAL, server_default=text("'-1 days'::interval")),
    Column('k', INTERVAL, server_default=text("'00:30:00'::interval")),
    PrimaryKeyConstraint('id', name='jd_pkey')
)
