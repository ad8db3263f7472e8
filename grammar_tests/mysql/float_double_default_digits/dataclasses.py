from typing import Optional
import decimal

from sqlalchemy import Double, Float, text
from sqlalchemy.dialects.mysql import DOUBLE, FLOAT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Measure(Base):
    __tablename__ = 'measure'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    price: Mapped[decimal.Decimal] = mapped_column(DOUBLE(8, 2), nullable=False, server_default=text('0.00'))
    weight: Mapped[decimal.Decimal] = mapped_column(DOUBLE(8, 2), nullable=False, server_default=text('0.00'))
    ratio: Mapped[Optional[float]] = mapped_column(FLOAT(5, 3), server_default=text('1.500'))
    delta: Mapped[Optional[float]] = mapped_column(FLOAT(7, 4), server_default=text('-2.5000'))
    scaled: Mapped[Optional[decimal.Decimal]] = mapped_column(DOUBLE(6, 2), server_default=text('3.00'))
    rounded: Mapped[Optional[decimal.Decimal]] = mapped_column(DOUBLE(8, 0), server_default=text('2'))
    precise: Mapped[Optional[decimal.Decimal]] = mapped_column(DOUBLE(10, 3), server_default=text('1.235'))
    single: Mapped[Optional[float]] = mapped_column(FLOAT(10, 2), server_default=text('12345.68'))
    plain: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('0.5'))
    huge: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('1e15'))
    below: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('100000000000000'))
    long_digits: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('1.2345678901234568e17'))
    tiny: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('1e-16'))
    small: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('0.00000015'))
    short_float: Mapped[Optional[float]] = mapped_column(Float, server_default=text('123457000'))
    float_exp: Mapped[Optional[float]] = mapped_column(Float, server_default=text('3.4e38'))
    float_frac: Mapped[Optional[float]] = mapped_column(Float, server_default=text('12345.7'))
