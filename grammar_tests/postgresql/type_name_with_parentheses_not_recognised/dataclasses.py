from typing import Optional
import enum

from sqlalchemy import Enum, Integer, PrimaryKeyConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A)b((str, enum.Enum):
    X = 'x'


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    m: Mapped[Optional[object]] = mapped_column(NullType)
    ms: Mapped[Optional[object]] = mapped_column(NullType)
    b: Mapped[Optional[A)b(]] = mapped_column(Enum(A)b(, values_callable=lambda cls: [member.value for member in cls], name='a)b('))
    q: Mapped[Optional[object]] = mapped_column(NullType)
    p: Mapped[Optional[object]] = mapped_column(NullType)
