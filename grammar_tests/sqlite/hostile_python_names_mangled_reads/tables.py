import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, MetaData, Table

metadata = MetaData()


class %%nodeKind(str, enum.Enum):
    LEAF = 'leaf'
    BRANCH = 'branch'


t___node = Table(
    '%%node', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', Enum(%%nodeKind, values_callable=lambda cls: [member.value for member in cls])),
    CheckConstraint("kind IN ('leaf', 'branch')")
)

t___item = Table(
    '##item', metadata,
    Column('id', Integer, primary_key=True),
    Column('node_id', ForeignKey('%%node.id')),
    Column('parent_id', ForeignKey('##item.id'))
)

t_edge = Table(
    'edge', metadata,
    Column('__from', ForeignKey('%%node.id'), primary_key=True),
    Column('__to', ForeignKey('%%node.id'), primary_key=True)
)
