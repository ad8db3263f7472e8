from typing import Optional

from sqlalchemy import Enum
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(Enum('x,y', 'p)q', "it's", 'back\\\\slash', '(', ''))
    s: Mapped[Optional[str]] = mapped_column(SET('a b', 'c)'))


class T2(Base):
    __tablename__ = 't2'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(Enum('back\\\\slash', 'c'))
    s: Mapped[Optional[str]] = mapped_column(SET('x\\\\y', 'z'))


class T3(Base):
    __tablename__ = 't3'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(Enum("y'n", 'x\\\\\\\\k', 'z'))
