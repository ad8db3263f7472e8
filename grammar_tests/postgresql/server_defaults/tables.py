import enum

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer, MetaData, Numeric, PrimaryKeyConstraint, REAL, Table, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

metadata = MetaData()


class Status(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'


t_defaults = Table(
    'defaults', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('n', Integer, server_default=text('42')),
    Column('neg', Integer, server_default=text("'-1'::integer")),
    Column('r', REAL, server_default=text('1.5')),
    Column('d', Numeric(8, 2), server_default=text('0')),
    Column('s', Text, server_default=text("'it''s'::text")),
    Column('e', Text, server_default=text("''::text")),
    Column('b', Boolean, server_default=text('false')),
    Column('created', DateTime(True), nullable=False, server_default=text('now()')),
    Column('ts', DateTime, server_default=text('CURRENT_TIMESTAMP')),
    Column('dt', Date, server_default=text('CURRENT_DATE')),
    Column('expr', Integer, server_default=text('(2 * 21)')),
    Column('st', Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status'), nullable=False, server_default=text("'draft'::status")),
    Column('u', Uuid, server_default=text('gen_random_uuid()')),
    Column('arr', ARRAY(Integer()), server_default=text("'{}'::integer[]")),
    Column('j', JSONB, server_default=text("'{}'::jsonb")),
    Column('nul', Text),
    PrimaryKeyConstraint('id', name='defaults_pkey')
)
