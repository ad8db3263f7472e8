from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, Double, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SMALLINT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    s: Mapped[int] = mapped_column(SMALLINT(6), nullable=False)
    b: Mapped[int] = mapped_column(BIGINT(20), nullable=False)
    d: Mapped[decimal.Decimal] = mapped_column(DECIMAL(8, 2), nullable=False)
    f: Mapped[decimal.Decimal] = mapped_column(Double(asdecimal=True), nullable=False)
    v: Mapped[str] = mapped_column(String(20), nullable=False)
    tiny: Mapped[int] = mapped_column(TINYINT(4), nullable=False)
    n: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    d2: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 3))


t_v = Table(
    'v', Base.metadata,
    Column('a1', BIGINT(12), server_default=text("'0'")),
    Column('a2', BIGINT(12), server_default=text("'0'")),
    Column('a3', INTEGER(7), server_default=text("'0'")),
    Column('a4', BIGINT(11), server_default=text("'0'")),
    Column('a5', BIGINT(21), server_default=text("'0'")),
    Column('a6', BIGINT(12)),
    Column('a7', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('a8', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('a9', DECIMAL(10, 3)),
    Column('a10', DECIMAL(13, 5)),
    Column('a11', Double(asdecimal=True), server_default=text("'0'")),
    Column('a12', BIGINT(21), server_default=text("'0'")),
    Column('a13', BIGINT(21), server_default=text("'0'")),
    Column('a14', DECIMAL(32, 0)),
    Column('a15', DECIMAL(30, 2)),
    Column('a16', DECIMAL(14, 4)),
    Column('a17', String(20)),
    Column('a18', INTEGER(11)),
    Column('a19', BIGINT(12), server_default=text("'0'")),
    Column('a20', DECIMAL(14, 4)),
    Column('a21', INTEGER(5), server_default=text("'0'")),
    Column('a22', INTEGER(1), server_default=text("'0'")),
    Column('a23', String(1)),
    Column('a25', String(20)),
    Column('a26', INTEGER(11), server_default=text("'0'")),
    Column('a27', INTEGER(10), server_default=text("'0'"))
)
