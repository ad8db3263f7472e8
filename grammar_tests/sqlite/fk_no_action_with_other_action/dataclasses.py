from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = 'parent'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    child_a: Mapped[list['Child']] = relationship('Child', foreign_keys='[Child.a]', back_populates='parent')
    child_b: Mapped[list['Child']] = relationship('Child', foreign_keys='[Child.b]', back_populates='parent_')
    child_c: Mapped[list['Child']] = relationship('Child', foreign_keys='[Child.c]', back_populates='parent1')


class Child(Base):
    __tablename__ = 'child'
    __table_args__ = (
        ForeignKeyConstraint(['a'], ['parent.id'], onupdate='CASCADE', name='fk_a'),
        ForeignKeyConstraint(['b'], ['parent.id'], ondelete='SET NULL', name='fk_b'),
        ForeignKeyConstraint(['c'], ['parent.id'], deferrable=True, initially='DEFERRED', name='fk_c')
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(Integer)
    c: Mapped[Optional[int]] = mapped_column(Integer)

    parent: Mapped[Optional['Parent']] = relationship('Parent', foreign_keys=[a], back_populates='child_a')
    parent_: Mapped[Optional['Parent']] = relationship('Parent', foreign_keys=[b], back_populates='child_b')
    parent1: Mapped[Optional['Parent']] = relationship('Parent', foreign_keys=[c], back_populates='child_c')
