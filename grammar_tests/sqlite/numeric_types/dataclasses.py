from typing import Optional
import decimal

from sqlalchemy import BigInteger, DECIMAL, Double, Float, Integer, Numeric, REAL, SmallInteger, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Measurements(Base):
    __tablename__ = 'measurements'

    tiny: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    plain: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('1'))
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    small: Mapped[Optional[int]] = mapped_column(SmallInteger, server_default=text('-5'))
    medium: Mapped[Optional[int]] = mapped_column(Integer)
    big: Mapped[Optional[int]] = mapped_column(BigInteger)
    huge: Mapped[Optional[int]] = mapped_column(Integer)
    two: Mapped[Optional[int]] = mapped_column(Integer)
    eight: Mapped[Optional[int]] = mapped_column(Integer)
    rate: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 4), server_default=text('0.0125'))
    whole: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    ratio: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('0.5'))
    precise: Mapped[Optional[float]] = mapped_column(Double, server_default=text('-1.5e10'))
    dp: Mapped[Optional[float]] = mapped_column(REAL)
    f: Mapped[Optional[float]] = mapped_column(Float)
    hexval: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('0x1F'))
