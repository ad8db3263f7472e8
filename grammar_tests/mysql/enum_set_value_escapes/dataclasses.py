from typing import Optional
import enum

from sqlalchemy import Enum
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T2A(str, enum.Enum):
    BACK_SLASH = 'back\\slash'
    C = 'c'


class T3A(str, enum.Enum):
    Y_N = "y'n"
    X__K = 'x\\\\k'
    Z = 'z'


class TA(str, enum.Enum):
    X_Y = 'x,y'
    P_Q = 'p)q'
    IT_S = "it's"
    BACK_SLASH = 'back\\slash'
    _ = '('
    EMPTY = ''


class T(Base):
    __tablename__ = 't'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[TA]] = mapped_column(Enum(TA, values_callable=lambda cls: [member.value for member in cls]))
    s: Mapped[Optional[str]] = mapped_column(SET('a b', 'c)'))


class T2(Base):
    __tablename__ = 't2'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[T2A]] = mapped_column(Enum(T2A, values_callable=lambda cls: [member.value for member in cls]))
    s: Mapped[Optional[str]] = mapped_column(SET('x\\\\y', 'z'))


class T3(Base):
    __tablename__ = 't3'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[T3A]] = mapped_column(Enum(T3A, values_callable=lambda cls: [member.value for member in cls]))
