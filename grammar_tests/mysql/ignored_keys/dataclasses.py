from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = 'parent'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)

    child: Mapped[list['Child']] = relationship('Child', back_populates='parent')
    other: Mapped[list['Other']] = relationship('Other', back_populates='parent')


class Child(Base):
    __tablename__ = 'child'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parent.id'], name='child_parent'),
        Index('both', 'code', 'note'),
        Index('note_key', 'note')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    code: Mapped[Optional[str]] = mapped_column(String(10))
    note: Mapped[Optional[str]] = mapped_column(String(20))

    parent: Mapped[Optional['Parent']] = relationship('Parent', back_populates='child')


class Other(Base):
    __tablename__ = 'other'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parent.id'], name='other_ibfk_1'),
        Index('parent_id', 'parent_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    parent: Mapped[Optional['Parent']] = relationship('Parent', back_populates='other')
