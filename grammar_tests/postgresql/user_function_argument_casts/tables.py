from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, Integer, MetaData, PrimaryKeyConstraint, String, Table, text
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()


t_events = Table(
    'events', metadata,
    Column('id', Integer, primary_key=True),
    Column('payload', JSONB),
    Column('small', Integer),
    Column('code', String(5)),
    Column('happened', DateTime, Computed("to_stamp(((payload ->> 'at'::text))::character varying)", persisted=True)),
    Column('wide', BigInteger, Computed('widen((small)::bigint)', persisted=True)),
    Column('wide2', BigInteger, server_default=text("widen((3)::bigint, 'y'::text)")),
    Column('stamp2', DateTime, server_default=text("to_stamp('2020-01-01'::character varying)")),
    Column('same', Integer, Computed('ident(small)', persisted=True)),
    CheckConstraint("to_stamp(code) > '2000-01-01 00:00:00'::timestamp without time zone AND widen((small + 1)::bigint) > 0", name='code_stamp'),
    PrimaryKeyConstraint('id', name='events_pkey')
)
