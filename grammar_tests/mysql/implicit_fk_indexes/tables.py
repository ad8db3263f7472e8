from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_m = Table(
    'm', metadata,
    Column('a', INTEGER(11)),
    Column('b', INTEGER(11)),
    Index('a', 'a')
)

t_p = Table(
    'p', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('code', INTEGER(11)),
    Index('code', 'code', unique=True)
)

t_c = Table(
    'c', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('p1', INTEGER(11)),
    Column('p2', INTEGER(11)),
    Column('p3', INTEGER(11)),
    Column('p4', INTEGER(11)),
    ForeignKeyConstraint(['p1'], ['p.id'], name='c_ibfk_1'),
    ForeignKeyConstraint(['p2'], ['p.id'], ondelete='SET NULL', name='named_fk'),
    ForeignKeyConstraint(['p3'], ['p.id'], name='fk_index_name'),
    ForeignKeyConstraint(['p4'], ['p.code'], name='c_ibfk_2'),
    Index('fk_index_name', 'p3'),
    Index('named_fk', 'p2'),
    Index('p1', 'p1'),
    Index('p4', 'p4')
)
