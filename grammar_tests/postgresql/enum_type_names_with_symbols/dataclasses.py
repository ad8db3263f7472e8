from typing import Optional
import enum

from sqlalchemy import Enum, Integer, PrimaryKeyConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(b(str, enum.Enum):
    Y = 'y'


class Z.e al(str, enum.Enum):
    X = 'x'


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    c: Mapped[Optional[Z.e al]] = mapped_column(Enum(Z.e al, values_callable=lambda cls: [member.value for member in cls], name='z.e al'))


class U(Base):
    __tablename__ = 'u'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='u_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    c: Mapped[Optional[A(b]] = mapped_column(Enum(A(b, values_callable=lambda cls: [member.value for member in cls], name='a(b'))
