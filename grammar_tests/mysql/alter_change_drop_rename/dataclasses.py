from typing import Optional

from sqlalchemy import CheckConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Pp(Base):
    __tablename__ = 'pp'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(String(10))


class Q(Base):
    __tablename__ = 'q'
    __table_args__ = (
        Index('p_id', 'p_id'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    p_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


class T2(Base):
    __tablename__ = 't2'
    __table_args__ = (
        CheckConstraint('`ff` < 5', name='ck2'),
        Index('k_ab', 'a')
    )

    ident: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    ee: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'x'"), comment='hi')
    d: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    a: Mapped[Optional[int]] = mapped_column(BIGINT(20, unsigned=True))
    ff: Mapped[Optional[int]] = mapped_column(INTEGER(11))
