from typing import Optional
import decimal
import enum

from sqlalchemy import Boolean, CheckConstraint, Enum, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class KindsLabel(str, enum.Enum):
    A = 'a'
    B = 'b'


class Kinds(Base):
    __tablename__ = 'kinds'
    __table_args__ = (
        CheckConstraint("label IN ('a', 'b')"),
    )

    flag: Mapped[bool] = mapped_column(Boolean, nullable=False)
    code: Mapped[Optional[str]] = mapped_column(Text, primary_key=True)
    label: Mapped[Optional[KindsLabel]] = mapped_column(Enum(KindsLabel, values_callable=lambda cls: [member.value for member in cls]))

    middle_flag: Mapped[list['Middle']] = relationship('Middle', foreign_keys='[Middle.flag]', back_populates='kinds')
    middle_kind: Mapped[list['Middle']] = relationship('Middle', foreign_keys='[Middle.kind]', back_populates='kinds_')
    middle_label: Mapped[list['Middle']] = relationship('Middle', foreign_keys='[Middle.label]', back_populates='kinds1')


class Nums(Base):
    __tablename__ = 'nums'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2))

    leaf: Mapped[list['Leaf']] = relationship('Leaf', back_populates='nums')


class Middle(Base):
    __tablename__ = 'middle'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    kind: Mapped[Optional[str]] = mapped_column(ForeignKey('kinds.code'))
    flag: Mapped[Optional[int]] = mapped_column(ForeignKey('kinds.flag'))
    label: Mapped[Optional[str]] = mapped_column(ForeignKey('kinds.label'))

    kinds: Mapped[Optional['Kinds']] = relationship('Kinds', foreign_keys=[flag], back_populates='middle_flag')
    kinds_: Mapped[Optional['Kinds']] = relationship('Kinds', foreign_keys=[kind], back_populates='middle_kind')
    kinds1: Mapped[Optional['Kinds']] = relationship('Kinds', foreign_keys=[label], back_populates='middle_label')
    leaf: Mapped[list['Leaf']] = relationship('Leaf', back_populates='middle')


class Leaf(Base):
    __tablename__ = 'leaf'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    middle_kind: Mapped[Optional[str]] = mapped_column(ForeignKey('middle.kind'))
    amount: Mapped[Optional[decimal.Decimal]] = mapped_column(ForeignKey('nums.amount'))

    nums: Mapped[Optional['Nums']] = relationship('Nums', back_populates='leaf')
    middle: Mapped[Optional['Middle']] = relationship('Middle', back_populates='leaf')
    lonely: Mapped[list['Lonely']] = relationship('Lonely', back_populates='leaf')


class Lonely(Base):
    __tablename__ = 'lonely'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    ghost: Mapped[Optional[str]] = mapped_column(ForeignKey('leaf.middle_kind'))
    orphan: Mapped[Optional[object]] = mapped_column(NullType)

    leaf: Mapped[Optional['Leaf']] = relationship('Leaf', back_populates='lonely')
