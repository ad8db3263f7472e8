from typing import Optional
import datetime
import decimal

from sqlalchemy import DECIMAL, DateTime, Double, Integer, Numeric, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Posts(Base):
    __tablename__ = 'posts'

    post_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    poster_id: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("'0'"))
    flags: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("'0'"))
    subject: Mapped[str] = mapped_column(Text(65535), nullable=False, server_default=text("''"))
    body: Mapped[str] = mapped_column(Text(16777215), nullable=False, server_default=text("''"))
    raw: Mapped[Optional[object]] = mapped_column(NullType)
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2))
    score: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(8, 3), server_default=text('0'))
    big: Mapped[Optional[int]] = mapped_column(Integer)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(6))
    tag: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(3, 1))
    extra: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('1'))
