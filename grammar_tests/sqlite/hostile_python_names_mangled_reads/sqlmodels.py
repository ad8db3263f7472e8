from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, Table
from sqlmodel import Field, Relationship, SQLModel

class %%nodeKind(str, enum.Enum):
    LEAF = 'leaf'
    BRANCH = 'branch'


class Node(SQLModel, table=True):
    __tablename__ = '%%node'
    __table_args__ = (
        CheckConstraint("kind IN ('leaf', 'branch')"),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    kind: Optional[%%nodeKind] = Field(default=None, sa_column=Column('kind', Enum(%%nodeKind, values_callable=lambda cls: [member.value for member in cls])))

    __to: list['Node'] = Relationship(back_populates='__from', sa_relationship_kwargs={'secondary': 'edge', 'primaryjoin': lambda: Node.id == t_edge.c.__from, 'secondaryjoin': lambda: Node.id == t_edge.c.__to})
    __from: list['Node'] = Relationship(back_populates='__to', sa_relationship_kwargs={'secondary': 'edge', 'primaryjoin': lambda: Node.id == t_edge.c.__to, 'secondaryjoin': lambda: Node.id == t_edge.c.__from})
    __item: list['Item'] = Relationship(back_populates='node')


class Item(SQLModel, table=True):
    __tablename__ = '##item'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    node_id: Optional[int] = Field(default=None, sa_column=Column('node_id', ForeignKey('%%node.id')))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', ForeignKey('##item.id')))

    node: Optional['Node'] = Relationship(back_populates='__item')
    parent: Optional['Item'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Item.id]'})
    parent_reverse: list['Item'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Item.parent_id]'})


t_edge = Table(
    'edge', SQLModel.metadata,
    Column('__from', ForeignKey('%%node.id'), primary_key=True),
    Column('__to', ForeignKey('%%node.id'), primary_key=True)
)
