from sqlalchemy import BIGINT, BLOB, BOOLEAN, CHAR, CheckConstraint, Column, DATE, ForeignKey, ForeignKeyConstraint, INTEGER, Index, MetaData, NUMERIC, REAL, TEXT, TIMESTAMP, Table, UniqueConstraint, VARCHAR, text
from sqlalchemy.dialects.sqlite import JSON
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_norowid = Table(
    'norowid', metadata,
    Column('k', TEXT, primary_key=True),
    Column('v', INTEGER)
)

t_strict_t = Table(
    'strict_t', metadata,
    Column('id', INTEGER, primary_key=True),
    Column('v', TEXT)
)

t_things = Table(
    'things', metadata,
    Column('id', INTEGER, primary_key=True),
    Column('code', CHAR(3), nullable=False),
    Column('name', VARCHAR, nullable=False),
    Column('price', NUMERIC(10, 2), server_default=text('0')),
    Column('ratio', REAL),
    Column('dbl', REAL),
    Column('flag', BOOLEAN, server_default=text('TRUE')),
    Column('born', DATE),
    Column('at_ts', TIMESTAMP, server_default=text("datetime('now')")),
    Column('doc', JSON),
    Column('raw', BLOB),
    Column('weird', NUMERIC(3)),
    Column('notype', NullType),
    Column('big', BIGINT),
    CheckConstraint('price >= 0', name='ck_price'),
    UniqueConstraint('name', 'code'),
    Index('ix_things_born', 'born')
)

t_children = Table(
    'children', metadata,
    Column('thing_id', ForeignKey('things.id'), primary_key=True),
    Column('seq', INTEGER, primary_key=True),
    ForeignKeyConstraint(['seq'], ['things.id'], name='fk_named')
)
