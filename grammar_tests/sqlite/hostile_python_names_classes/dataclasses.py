from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ColumnKind(str, enum.Enum):
    _١ = '١'
    _１ = '１'
    _1 = '1'
    A_B = 'a b'
    A_B = 'a_b'
    _A_ = '-a-'
    __X__ = '__x__'


class Base(Base):
    __tablename__ = 'base'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)

    optional: Mapped[list['Optional']] = relationship('Optional', back_populates='base')
    pizza: Mapped[list['Pizza']] = relationship('Pizza', back_populates='__')


class Column(Base):
    __tablename__ = 'column'
    __table_args__ = (
        CheckConstraint("kind IN ('١', '１', '1', 'a b', 'a_b', '-a-', '__x__')"),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    kind: Mapped[Optional[ColumnKind]] = mapped_column(Enum(ColumnKind, values_callable=lambda cls: [member.value for member in cls]))


t_loose = Table(
    'loose', Base.metadata,
    Column('a', Integer),
    Column('b', Text)
)


class Ｆｉｌｅ(Base):
    __tablename__ = 'ｆｉｌｅ'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)

    file: Mapped[list['File']] = relationship('File', back_populates='ｆｉｌｅ')


class File(Base):
    __tablename__ = 'file'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    ｆｉｌｅ_id: Mapped[Optional[int]] = mapped_column(ForeignKey('ｆｉｌｅ.id'))

    ｆｉｌｅ: Mapped[Optional['Ｆｉｌｅ']] = relationship('Ｆｉｌｅ', back_populates='file')


class Optional(Base):
    __tablename__ = 'optional'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    base_id: Mapped[Optional[int]] = mapped_column(ForeignKey('base.id'))
    note: Mapped[Optional[str]] = mapped_column(Text)

    base: Mapped[Optional['Base']] = relationship('Base', back_populates='optional')
    pizza: Mapped[list['Pizza']] = relationship('Pizza', back_populates='_')


class Pizza(Base):
    __tablename__ = 'pizza'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    ___id: Mapped[Optional[int]] = mapped_column('🍕🍕_id', ForeignKey('base.id'))
    __id: Mapped[Optional[int]] = mapped_column('🍕_id', ForeignKey('optional.id'))

    _: Mapped[Optional['Optional']] = relationship('Optional', back_populates='pizza')
    __: Mapped[Optional['Base']] = relationship('Base', back_populates='pizza')
