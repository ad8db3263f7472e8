from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Table, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
        UniqueConstraint('b', name='t_a_key1'),
        Index('t_a_b_idx', 'a', 'b'),
        Index('t_a_b_idx1', 'a', 'b'),
        Index('t_a_b_idx10', 'a', 'b'),
        Index('t_a_b_idx11', 'a', 'b'),
        Index('t_a_b_idx12', 'a', 'b'),
        Index('t_a_b_idx2', 'a', 'b'),
        Index('t_a_b_idx4', 'a', 'b'),
        Index('t_a_b_idx5', 'a', 'b'),
        Index('t_a_b_idx6', 'a', 'b'),
        Index('t_a_b_idx7', 'a', 'b'),
        Index('t_a_b_idx8', 'a', 'b'),
        Index('t_a_b_idx9', 'a', 'b'),
        Index('t_a_idx', 'a', unique=True),
        Index('t_a_idx1', 'a')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(Integer)


t_t_a_b_idx3 = Table(
    't_a_b_idx3', Base.metadata,
    Column('id', Integer)
)
