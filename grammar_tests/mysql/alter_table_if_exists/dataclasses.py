from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        CheckConstraint('`x2` > 0', name='chk'),
        Index('ix', 'x2'),
        Index('iy', 'y'),
        {'comment': 'new comment'}
    )

    y: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'q'"))
    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    first_col: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    z: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('3'))
    x2: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('7'))

    b: Mapped[list['B']] = relationship('B', back_populates='a')


class C2(Base):
    __tablename__ = 'c2'

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True)
    v: Mapped[Optional[str]] = mapped_column(Text)


class D3(Base):
    __tablename__ = 'd3'
    __table_args__ = (
        Index('ix', 'x'),
        Index('iy', 'y'),
        {'comment': 'new comment'}
    )

    y: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'q'"))
    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    first_col: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    z: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('3'))
    x: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('7'))


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='fk_b_a'),
        Index('fk_b_a', 'a_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    a: Mapped[Optional['A']] = relationship('A', back_populates='b')
