from sqlalchemy import Column, Computed, Integer, LargeBinary, MetaData, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


t_frame = Table(
    'frame', metadata,
    Column('id', Integer, primary_key=True),
    Column('payload', LargeBinary),
    Column('title', String(40)),
    Column('marker', Integer, Computed("POSITION(('\\x00'::bytea) IN (payload))", persisted=True)),
    Column('head', LargeBinary, Computed('SUBSTRING(payload FROM 1 FOR 4)', persisted=True)),
    Column('patched', LargeBinary, Computed("OVERLAY(payload PLACING '\\xff'::bytea FROM 1 FOR 1)", persisted=True)),
    Column('stripped', LargeBinary, Computed("TRIM(BOTH '\\x00'::bytea FROM payload)", persisted=True)),
    Column('short_title', Text, Computed('SUBSTRING(title FROM 1 FOR 10)', persisted=True)),
    Column('clean_title', Text, Computed('TRIM(LEADING FROM title)', persisted=True)),
    Column('title_at', Integer, Computed("POSITION(('a'::text) IN (title))", persisted=True)),
    PrimaryKeyConstraint('id', name='frame_pkey')
)
