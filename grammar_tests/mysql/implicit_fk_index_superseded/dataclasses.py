from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)

    b: Mapped[list['B']] = relationship('B', back_populates='a')
    c: Mapped[list['C']] = relationship('C', back_populates='a')
    d: Mapped[list['D']] = relationship('D', back_populates='a')


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='b_ibfk_1'),
        Index('ix_b', 'a_id', 'x')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    x: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    a: Mapped[Optional['A']] = relationship('A', back_populates='b')


class C(Base):
    __tablename__ = 'c'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_c'),
        Index('fk_c', 'a_id'),
        Index('ix_c', 'x', 'a_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    x: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    a: Mapped[Optional['A']] = relationship('A', back_populates='c')


class D(Base):
    __tablename__ = 'd'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_d'),
        Index('uq_d', 'a_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    a: Mapped[Optional['A']] = relationship('A', back_populates='d')
