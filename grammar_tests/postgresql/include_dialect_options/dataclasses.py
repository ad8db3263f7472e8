from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parents(Base):
    __tablename__ = 'parents'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='parents_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(Text)

    children: Mapped[list['Children']] = relationship('Children', back_populates='parent')


class Children(Base):
    __tablename__ = 'children'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['parents.id'], name='children_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='children_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(Integer)

    parent: Mapped[Optional['Parents']] = relationship('Parents', back_populates='children')
