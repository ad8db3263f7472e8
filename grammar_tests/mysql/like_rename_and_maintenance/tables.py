from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(80), nullable=False, comment='the name'),
    Column('note', Text),
    Column('qty', INTEGER(11), index=True, server_default=text('5')),
    Column('created', TIMESTAMP, server_default=text('current_timestamp()')),
    CheckConstraint('`qty` >= 0', name='qty_pos'),
    comment='source table'
)

t_b2 = Table(
    'b2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(80), nullable=False, comment='the name'),
    Column('note', Text),
    Column('qty', INTEGER(11), index=True, server_default=text('5')),
    Column('created', TIMESTAMP, server_default=text('current_timestamp()')),
    CheckConstraint('`qty` >= 0', name='qty_pos'),
    comment='source table'
)

t_child2 = Table(
    'child2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('parent_id', INTEGER(11)),
    Index('parent_id', 'parent_id')
)

t_parent = Table(
    'parent', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_child = Table(
    'child', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('parent_id', INTEGER(11)),
    ForeignKeyConstraint(['parent_id'], ['parent.id'], name='child_ibfk_1'),
    Index('parent_id', 'parent_id')
)
