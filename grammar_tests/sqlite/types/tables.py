from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Date, ForeignKey, ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, MetaData, Numeric, REAL, String, TIMESTAMP, Table, Text, UniqueConstraint, text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_norowid = Table(
    'norowid', metadata,
    Column('k', Text, primary_key=True),
    Column('v', Integer)
)

t_strict_t = Table(
    'strict_t', metadata,
    Column('id', Integer, primary_key=True),
    Column('v', Text)
)

t_things = Table(
    'things', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', CHAR(3), nullable=False),
    Column('name', String, nullable=False),
    Column('price', Numeric(10, 2), server_default=text('0')),
    Column('ratio', REAL),
    Column('dbl', REAL),
    Column('flag', Boolean, server_default=text('TRUE')),
    Column('born', Date),
    Column('at_ts', TIMESTAMP, server_default=text("datetime('now')")),
    Column('doc', JSON),
    Column('raw', LargeBinary),
    Column('weird', Numeric(3)),
    Column('notype', NullType),
    Column('big', BigInteger),
    CheckConstraint('price >= 0', name='ck_price'),
    UniqueConstraint('name', 'code'),
    Index('ix_things_born', 'born')
)

t_children = Table(
    'children', metadata,
    Column('thing_id', ForeignKey('things.id'), primary_key=True),
    Column('seq', Integer, primary_key=True),
    ForeignKeyConstraint(['seq'], ['things.id'], name='fk_named')
)
