from typing import Optional
import datetime

from sqlalchemy import CheckConstraint, ForeignKeyConstraint, Index, String, TIMESTAMP, Text, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        CheckConstraint('`qty` >= 0', name='qty_pos'),
        {'comment': 'source table'}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, comment='the name')
    note: Mapped[Optional[str]] = mapped_column(Text)
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11), index=True, server_default=text('5'))
    created: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))


class B2(Base):
    __tablename__ = 'b2'
    __table_args__ = (
        CheckConstraint('`qty` >= 0', name='qty_pos'),
        {'comment': 'source table'}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, comment='the name')
    note: Mapped[Optional[str]] = mapped_column(Text)
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11), index=True, server_default=text('5'))
    created: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text('current_timestamp()'))


class Child2(Base):
    __tablename__ = 'child2'
    __table_args__ = (
        Index('parent_id', 'parent_id'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Parent(Base):
    __tablename__ = 'parent'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)

    child: Mapped[list['Child']] = relationship('Child', back_populates='parent')


class Child(Base):
    __tablename__ = 'child'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parent.id'], name='child_ibfk_1'),
        Index('parent_id', 'parent_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    parent: Mapped[Optional['Parent']] = relationship('Parent', back_populates='child')
