from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class %%nodeKind(str, enum.Enum):
    LEAF = 'leaf'
    BRANCH = 'branch'


class Node(Base):
    __tablename__ = '%%node'
    __table_args__ = (
        CheckConstraint("kind IN ('leaf', 'branch')"),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    kind: Mapped[Optional[%%nodeKind]] = mapped_column(Enum(%%nodeKind, values_callable=lambda cls: [member.value for member in cls]))

    __to: Mapped[list['Node']] = relationship('Node', secondary='edge', primaryjoin=lambda: Node.id == t_edge.c.__from, secondaryjoin=lambda: Node.id == t_edge.c.__to, back_populates='__from')
    __from: Mapped[list['Node']] = relationship('Node', secondary='edge', primaryjoin=lambda: Node.id == t_edge.c.__to, secondaryjoin=lambda: Node.id == t_edge.c.__from, back_populates='__to')
    __item: Mapped[list['Item']] = relationship('Item', back_populates='node')


class Item(Base):
    __tablename__ = '##item'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    node_id: Mapped[Optional[int]] = mapped_column(ForeignKey('%%node.id'))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey('##item.id'))

    node: Mapped[Optional['Node']] = relationship('Node', back_populates='__item')
    parent: Mapped[Optional['Item']] = relationship('Item', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Item']] = relationship('Item', remote_side=[parent_id], back_populates='parent')


t_edge = Table(
    'edge', Base.metadata,
    Column('__from', ForeignKey('%%node.id'), primary_key=True),
    Column('__to', ForeignKey('%%node.id'), primary_key=True)
)
