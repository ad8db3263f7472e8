from typing import Optional
import decimal

from sqlalchemy import DECIMAL, Double, Float, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DOUBLE, FLOAT, INTEGER, MEDIUMINT, SMALLINT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Measurements(Base):
    __tablename__ = 'measurements'

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True, autoincrement=True)
    tiny: Mapped[int] = mapped_column(TINYINT(4), nullable=False, server_default=text('0'))
    regular: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    flag: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    small: Mapped[Optional[int]] = mapped_column(SMALLINT(6), server_default=text('-5'))
    medium: Mapped[Optional[int]] = mapped_column(MEDIUMINT(9))
    rate: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 4), server_default=text('0.0125'))
    whole: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 0))
    num: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(8, 3))
    ratio: Mapped[Optional[float]] = mapped_column(Float, server_default=text('0.5'))
    ratio_p: Mapped[Optional[float]] = mapped_column(FLOAT(7, 3))
    precise: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('-15000000000'))
    precise_p: Mapped[Optional[decimal.Decimal]] = mapped_column(DOUBLE(10, 2))
    real_col: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    dp: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    flags: Mapped[Optional[object]] = mapped_column(BIT(8))
    single_bit: Mapped[Optional[object]] = mapped_column(BIT(1))
