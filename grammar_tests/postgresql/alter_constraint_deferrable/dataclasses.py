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

    b_a1: Mapped[list['B']] = relationship('B', foreign_keys='[B.a1]', back_populates='a')
    b_a2: Mapped[list['B']] = relationship('B', foreign_keys='[B.a2]', back_populates='a_')
    b_a3: Mapped[list['B']] = relationship('B', foreign_keys='[B.a3]', back_populates='a5')
    b_a4: Mapped[list['B']] = relationship('B', foreign_keys='[B.a4]', back_populates='a6')


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        ForeignKeyConstraint(['a1'], ['a.id'], deferrable=True, initially='DEFERRED', name='b_a1_fkey'),
        ForeignKeyConstraint(['a2'], ['a.id'], name='b_a2_fkey'),
        ForeignKeyConstraint(['a3'], ['a.id'], deferrable=True, name='B_a3'),
        ForeignKeyConstraint(['a4'], ['a.id'], deferrable=True, name='b_a4_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a1: Mapped[Optional[int]] = mapped_column(Integer)
    a2: Mapped[Optional[int]] = mapped_column(Integer)
    a3: Mapped[Optional[int]] = mapped_column(Integer)
    a4: Mapped[Optional[int]] = mapped_column(Integer)

    a: Mapped[Optional['A']] = relationship('A', foreign_keys=[a1], back_populates='b_a1')
    a_: Mapped[Optional['A']] = relationship('A', foreign_keys=[a2], back_populates='b_a2')
    a5: Mapped[Optional['A']] = relationship('A', foreign_keys=[a3], back_populates='b_a3')
    a6: Mapped[Optional['A']] = relationship('A', foreign_keys=[a4], back_populates='b_a4')
