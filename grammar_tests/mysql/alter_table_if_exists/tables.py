from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('first_col', INTEGER(11)),
    Column('y', String(20), nullable=False, server_default=text("'q'")),
    Column('id', INTEGER(11), primary_key=True),
    Column('z', INTEGER(11), server_default=text('3')),
    Column('x2', INTEGER(11), server_default=text('7')),
    CheckConstraint('`x2` > 0', name='chk'),
    Index('ix', 'x2'),
    Index('iy', 'y'),
    comment='new comment'
)

t_c2 = Table(
    'c2', metadata,
    Column('id', BIGINT(20), primary_key=True),
    Column('v', Text)
)

t_d3 = Table(
    'd3', metadata,
    Column('first_col', INTEGER(11)),
    Column('y', String(20), nullable=False, server_default=text("'q'")),
    Column('id', INTEGER(11), primary_key=True),
    Column('z', INTEGER(11), server_default=text('3')),
    Column('x', INTEGER(11), server_default=text('7')),
    Index('ix', 'x'),
    Index('iy', 'y'),
    comment='new comment'
)

t_b = Table(
    'b', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a_id', INTEGER(11)),
    ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_b_a'),
    Index('fk_b_a', 'a_id')
)
