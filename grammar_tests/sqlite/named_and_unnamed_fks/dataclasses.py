from typing import Optional

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parents(Base):
    __tablename__ = 'parents'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    kids_p1: Mapped[list['Kids']] = relationship('Kids', foreign_keys='[Kids.p1]', back_populates='parents')
    kids_p2: Mapped[list['Kids']] = relationship('Kids', foreign_keys='[Kids.p2]', back_populates='parents_')
    kids_p3: Mapped[list['Kids']] = relationship('Kids', foreign_keys='[Kids.p3]', back_populates='parents1')


class Kids(Base):
    __tablename__ = 'kids'
    __table_args__ = (
        ForeignKeyConstraint(['p3'], ['parents.id'], onupdate='CASCADE', name='fk_p3'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    p1: Mapped[Optional[int]] = mapped_column(ForeignKey('parents.id'))
    p2: Mapped[Optional[int]] = mapped_column(ForeignKey('parents.id', ondelete='SET NULL'))
    p3: Mapped[Optional[int]] = mapped_column(Integer)

    parents: Mapped[Optional['Parents']] = relationship('Parents', foreign_keys=[p1], back_populates='kids_p1')
    parents_: Mapped[Optional['Parents']] = relationship('Parents', foreign_keys=[p2], back_populates='kids_p2')
    parents1: Mapped[Optional['Parents']] = relationship('Parents', foreign_keys=[p3], back_populates='kids_p3')
