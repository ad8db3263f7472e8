from sqlalchemy import Column, Computed, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import TSVECTOR

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True),
    Column('heading', Text),
    Column('content', Text),
    Column('ranked', TSVECTOR, Computed('(setweight(to_tsvector(\'english\'::regconfig, COALESCE(heading, \'\'::text)), \'A\'::"char") || setweight(to_tsvector(\'english\'::regconfig, COALESCE(content, \'\'::text)), \'C\'::"char"))', persisted=True)),
    Column('bare', TSVECTOR, Computed("strip(to_tsvector('simple'::regconfig, heading))", persisted=True)),
    PrimaryKeyConstraint('id', name='notes_pkey')
)
