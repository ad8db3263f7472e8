from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_b = Table(
    'b', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a_id', INTEGER(11)),
    Column('x', INTEGER(11)),
    ForeignKeyConstraint(['a_id'], ['a.id'], name='b_ibfk_1'),
    Index('ix_b', 'a_id', 'x')
)

t_c = Table(
    'c', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a_id', INTEGER(11)),
    Column('x', INTEGER(11)),
    ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_c'),
    Index('fk_c', 'a_id'),
    Index('ix_c', 'x', 'a_id')
)

t_d = Table(
    'd', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a_id', INTEGER(11)),
    ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_d'),
    Index('uq_d', 'a_id', unique=True)
)
