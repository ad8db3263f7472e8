from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_parent = Table(
    'parent', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_child = Table(
    'child', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('parent_id', INTEGER(11)),
    Column('code', String(10)),
    Column('note', String(20)),
    ForeignKeyConstraint(['parent_id'], ['parent.id'], name='child_parent'),
    Index('both', 'code', 'note'),
    Index('note_key', 'note')
)

t_other = Table(
    'other', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('parent_id', INTEGER(11)),
    ForeignKeyConstraint(['parent_id'], ['parent.id'], name='other_ibfk_1'),
    Index('parent_id', 'parent_id')
)
