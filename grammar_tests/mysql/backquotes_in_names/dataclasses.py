from typing import Optional

from sqlalchemy import CheckConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class C2(Base):
    __tablename__ = 'c2'
    __table_args__ = (
        Index('fk``1', 'p``id'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    p__id: Mapped[Optional[int]] = mapped_column('p``id', INTEGER(11))


class C3(Base):
    __tablename__ = 'c3'
    __table_args__ = (
        Index('fk1', 'p``id'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    p__id: Mapped[Optional[int]] = mapped_column('p``id', INTEGER(11))


class D(Base):
    __tablename__ = 'd'

    x__y: Mapped[int] = mapped_column('x``y', INTEGER(11), primary_key=True)
    z: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class E3(Base):
    __tablename__ = 'e3'
    __table_args__ = (
        Index('pk', 'pk'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    pk: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class PT(Base):
    __tablename__ = 'p`t'
    __table_args__ = (
        CheckConstraint('`u``q` > 0', name='ck``1'),
        Index('uk``1', 'u``q', unique=True)
    )

    i__d: Mapped[int] = mapped_column('i``d', INTEGER(11), primary_key=True)
    u__q: Mapped[Optional[int]] = mapped_column('u``q', INTEGER(11))


class PT3(Base):
    __tablename__ = 'p`t3'
    __table_args__ = (
        Index('k', 'k', unique=True),
    )

    i__d: Mapped[int] = mapped_column('i``d', INTEGER(11), primary_key=True)
    k: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class TQ(Base):
    __tablename__ = 't`q'
    __table_args__ = (
        Index('ix``1', 'a``b'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a__b: Mapped[Optional[int]] = mapped_column('a``b', INTEGER(11))
    c__d: Mapped[Optional[str]] = mapped_column('c``d', String(5), comment='x')
    e__f: Mapped[Optional[int]] = mapped_column('e``f', INTEGER(11), server_default=text('3'))
