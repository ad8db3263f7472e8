from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AB(Base):
    __tablename__ = 'a.b'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a.b_pkey'),
        UniqueConstraint('id', 'x.y', name='a.b_id_x.y_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    x_y: Mapped[Optional[int]] = mapped_column('x.y', Integer)

    c_ab: Mapped[list['C']] = relationship('C', foreign_keys='[C.ab]', back_populates='a_b')
    c_p_q: Mapped[list['C']] = relationship('C', foreign_keys='[C.p, C.q]', back_populates='p_q')


class C(Base):
    __tablename__ = 'c'
    __table_args__ = (
        ForeignKeyConstraint(['ab'], ['a.b.id'], name='c_ab_fkey'),
        ForeignKeyConstraint(['p', 'q'], ['a.b.id', 'a.b.x.y'], name='c_p_q_fkey'),
        PrimaryKeyConstraint('id', name='c_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ab: Mapped[Optional[int]] = mapped_column(Integer)
    p: Mapped[Optional[int]] = mapped_column(Integer)
    q: Mapped[Optional[int]] = mapped_column(Integer)

    a_b: Mapped[Optional['AB']] = relationship('AB', foreign_keys=[ab], back_populates='c_ab')
    p_q: Mapped[Optional['AB']] = relationship('AB', foreign_keys=[p, q], back_populates='c_p_q')
