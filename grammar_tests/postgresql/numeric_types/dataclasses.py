from typing import Optional
import decimal

from sqlalchemy import BigInteger, CheckConstraint, Double, Integer, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, text
from sqlalchemy.dialects.postgresql import MONEY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Measurements(Base):
    __tablename__ = 'measurements'
    __table_args__ = (
        CheckConstraint('int8_col <> 0', name='measurements_int8_col_check'),
        CheckConstraint('price >= 0::numeric', name='measurements_price_positive'),
        CheckConstraint('rate >= 0::numeric AND rate <= 1::numeric', name='measurements_rate_check'),
        PrimaryKeyConstraint('id', name='measurements_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    tiny: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default=text('0'))
    count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('1'))
    price: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False, server_default=text('0.00'))
    big: Mapped[Optional[int]] = mapped_column(BigInteger, server_default=text("'9223372036854775807'::bigint"))
    rate: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 4), server_default=text('0.0125'))
    whole: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 0), server_default=text('10'))
    unbounded: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    ratio: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('0.5'))
    precise: Mapped[Optional[float]] = mapped_column(Double(53), server_default=text("'-15000000000'::numeric"))
    float4_col: Mapped[Optional[float]] = mapped_column(REAL)
    float8_col: Mapped[Optional[float]] = mapped_column(Double(53))
    float_p: Mapped[Optional[float]] = mapped_column(REAL)
    float_p2: Mapped[Optional[float]] = mapped_column(Double(53))
    cost: Mapped[Optional[object]] = mapped_column(MONEY, server_default=text('0'))
    int2_col: Mapped[Optional[int]] = mapped_column(SmallInteger)
    int8_col: Mapped[Optional[int]] = mapped_column(BigInteger)
