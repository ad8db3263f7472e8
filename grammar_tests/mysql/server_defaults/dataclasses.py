from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import DECIMAL, Date, DateTime, Enum, Float, String, TIMESTAMP, Uuid, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class DefaultsSt(str, enum.Enum):
    DRAFT = 'draft'
    LIVE = 'live'


class Defaults(Base):
    __tablename__ = 'defaults'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    e: Mapped[str] = mapped_column(String(5), nullable=False, server_default=text("''"))
    created: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    updated: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    st: Mapped[DefaultsSt] = mapped_column(Enum(DefaultsSt, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'"))
    n: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('42'))
    neg: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('-1'))
    f: Mapped[Optional[float]] = mapped_column(Float, server_default=text('1.5'))
    d: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(8, 2), server_default=text('3.00'))
    s: Mapped[Optional[str]] = mapped_column(String(20), server_default=text("'it''s'"))
    b: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    dt: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'2024-01-31'"))
    expr: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('(2 * 21)'))
    u: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid, server_default=text('uuid()'))
    nul: Mapped[Optional[str]] = mapped_column(String(5))
