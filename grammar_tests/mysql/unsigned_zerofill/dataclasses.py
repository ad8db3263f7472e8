from typing import Optional
import decimal

from sqlalchemy import text
from sqlalchemy.dialects.mysql import BIGINT, DECIMAL, DOUBLE, INTEGER, MEDIUMINT, SMALLINT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Counters(Base):
    __tablename__ = 'counters'

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    d: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False, server_default=text('0'))
    a: Mapped[Optional[int]] = mapped_column(TINYINT(3, unsigned=True))
    b: Mapped[Optional[int]] = mapped_column(SMALLINT(5, unsigned=True, zerofill=True))
    c: Mapped[Optional[int]] = mapped_column(MEDIUMINT(5, unsigned=True, zerofill=True))
    e: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(6, 2, unsigned=True))
    f: Mapped[Optional[decimal.Decimal]] = mapped_column(DOUBLE(unsigned=True))
    g: Mapped[Optional[int]] = mapped_column(INTEGER(4))
