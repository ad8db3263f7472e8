from typing import Optional
import decimal

from sqlalchemy import Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Things(Base):
    __tablename__ = 'things'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    b: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    c: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    d: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    e: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    f: Mapped[Optional[str]] = mapped_column(String)
    g: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    h: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    i: Mapped[Optional[str]] = mapped_column(Text)
    j: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    k: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(1))
    l: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(1))
    n: Mapped[Optional[int]] = mapped_column(Integer)
    o: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    p: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    s: Mapped[Optional[object]] = mapped_column(NullType)
    u: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    v: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    w: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    x2: Mapped[Optional[str]] = mapped_column(String)
