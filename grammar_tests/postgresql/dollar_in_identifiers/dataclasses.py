from typing import Optional
import decimal

from sqlalchemy import ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class SysTabHist(Base):
    __tablename__ = 'sys$tab$hist'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='sys$tab$hist_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_b: Mapped[Optional[str]] = mapped_column('a$b', Text)

    after_it: Mapped[list['AfterIt']] = relationship('AfterIt', back_populates='hist')


class AfterIt(Base):
    __tablename__ = 'after_it'
    __table_args__ = (
        ForeignKeyConstraint(['hist_id'], ['sys$tab$hist.id'], name='after_it_hist_id_fkey'),
        PrimaryKeyConstraint('id', name='after_it_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hist_id: Mapped[Optional[int]] = mapped_column(Integer)
    price_: Mapped[Optional[decimal.Decimal]] = mapped_column('price$', Numeric, server_default=text('0'))

    hist: Mapped[Optional['SysTabHist']] = relationship('SysTabHist', back_populates='after_it')
