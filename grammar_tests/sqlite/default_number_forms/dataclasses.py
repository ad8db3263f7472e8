from typing import Optional
import decimal

from sqlalchemy import Integer, Numeric, REAL, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Reading(Base):
    __tablename__ = 'reading'

    big: Mapped[float] = mapped_column(REAL, nullable=False, server_default=text('-2.5E+3'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    ratio: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('.5'))
    whole: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('1.'))
    below: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('-.25'))
    tiny: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('1e-5'))
    scaled: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('+1e10'))
    mask: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('0x1F'))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2), server_default=text('1.50'))
