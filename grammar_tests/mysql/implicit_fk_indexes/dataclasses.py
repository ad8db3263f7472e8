from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Table
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_m = Table(
    'm', Base.metadata,
    Column('a', INTEGER(11)),
    Column('b', INTEGER(11)),
    Index('a', 'a')
)


class P(Base):
    __tablename__ = 'p'
    __table_args__ = (
        Index('code', 'code', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    code: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    c_p1: Mapped[list['C']] = relationship('C', foreign_keys='[C.p1]', back_populates='p')
    c_p2: Mapped[list['C']] = relationship('C', foreign_keys='[C.p2]', back_populates='p_')
    c_p3: Mapped[list['C']] = relationship('C', foreign_keys='[C.p3]', back_populates='p5')
    c_p4: Mapped[list['C']] = relationship('C', foreign_keys='[C.p4]', back_populates='p6')


class C(Base):
    __tablename__ = 'c'
    __table_args__ = (
        ForeignKeyConstraint(['p1'], ['p.id'], name='c_ibfk_1'),
        ForeignKeyConstraint(['p2'], ['p.id'], ondelete='SET NULL', name='named_fk'),
        ForeignKeyConstraint(['p3'], ['p.id'], name='fk_index_name'),
        ForeignKeyConstraint(['p4'], ['p.code'], name='c_ibfk_2'),
        Index('fk_index_name', 'p3'),
        Index('named_fk', 'p2'),
        Index('p1', 'p1'),
        Index('p4', 'p4')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    p1: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    p2: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    p3: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    p4: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    p: Mapped[Optional['P']] = relationship('P', foreign_keys=[p1], back_populates='c_p1')
    p_: Mapped[Optional['P']] = relationship('P', foreign_keys=[p2], back_populates='c_p2')
    p5: Mapped[Optional['P']] = relationship('P', foreign_keys=[p3], back_populates='c_p3')
    p6: Mapped[Optional['P']] = relationship('P', foreign_keys=[p4], back_populates='c_p4')
