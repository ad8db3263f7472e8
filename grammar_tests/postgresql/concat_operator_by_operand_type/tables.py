from sqlalchemy import CheckConstraint, Column, Integer, LargeBinary, MetaData, PrimaryKeyConstraint, String, Table
from sqlalchemy.dialects.postgresql import BIT

metadata = MetaData()


t_chunk = Table(
    'chunk', metadata,
    Column('id', Integer, primary_key=True),
    Column('head', LargeBinary),
    Column('tail', LargeBinary),
    Column('mask', BIT(4)),
    Column('label', String(10)),
    CheckConstraint('length((mask::bit varying || \'1\'::"bit"::bit varying)::"bit") = 5', name='chunk_mask'),
    CheckConstraint("length(head || '\\x00'::bytea) > 1", name='chunk_marked'),
    CheckConstraint("length(label::text || 'x'::text) > 1", name='chunk_label'),
    CheckConstraint('octet_length(head || tail) < 100', name='chunk_joined'),
    PrimaryKeyConstraint('id', name='chunk_pkey')
)
