from typing import Optional

from sqlalchemy import BigInteger, Identity, Integer, PrimaryKeyConstraint, Sequence, SmallInteger, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True)
    code: Mapped[Optional[str]] = mapped_column(Text)


class B(Base):
    __tablename__ = 'b'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='b_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(start=100, increment=5, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True)


class C(Base):
    __tablename__ = 'c'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='c_pkey'),
    )

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=True)
    counter: Mapped[int] = mapped_column(BigInteger, nullable=False)


class D(Base):
    __tablename__ = 'd'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='d_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('custom_seq'), primary_key=True, autoincrement=True)
