from typing import Optional

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = 'parent'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    child_cls: Mapped[list['Child']] = relationship('Child', foreign_keys='[Child.cls]', back_populates='parent')
    child_other: Mapped[list['Child']] = relationship('Child', foreign_keys='[Child.other]', back_populates='parent_')


class Child(Base):
    __tablename__ = 'child'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    cls: Mapped[Optional[int]] = mapped_column(ForeignKey('parent.id'))
    other: Mapped[Optional[int]] = mapped_column(ForeignKey('parent.id'))

    parent: Mapped[Optional['Parent']] = relationship('Parent', foreign_keys=[cls], back_populates='child_cls')
    parent_: Mapped[Optional['Parent']] = relationship('Parent', foreign_keys=[other], back_populates='child_other')
