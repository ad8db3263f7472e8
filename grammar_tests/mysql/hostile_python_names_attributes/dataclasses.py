from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import DECIMAL, DateTime, Enum, String
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ReadingState(str, enum.Enum):
    _١ = '١'
    A_B = 'a b'
    A_B = 'a_b'


class Reading(Base):
    __tablename__ = 'reading'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    datetime: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    decimal: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    __deleted: Mapped[Optional[int]] = mapped_column(TINYINT(1))
    __debug__: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    ﬁle: Mapped[Optional[str]] = mapped_column(String(20))
    file: Mapped[Optional[str]] = mapped_column(String(20))
    state: Mapped[Optional[ReadingState]] = mapped_column(Enum(ReadingState, values_callable=lambda cls: [member.value for member in cls]))
