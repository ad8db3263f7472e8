from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    b: Mapped[list['B']] = relationship('B', back_populates='a')


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='b_a_id_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(Integer)

    a: Mapped[Optional['A']] = relationship('A', back_populates='b')
