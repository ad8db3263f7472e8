from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, Numeric, PrimaryKeyConstraint, REAL, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Status(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'


class Defaults(Base):
    __tablename__ = 'defaults'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='defaults_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))
    st: Mapped[Status] = mapped_column(Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status'), nullable=False, server_default=text("'draft'::status"))
    n: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('42'))
    neg: Mapped[Optional[int]] = mapped_column(Integer, server_default=text("'-1'::integer"))
    r: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('1.5'))
    d: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2), server_default=text('0'))
    s: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'it''s'::text"))
    e: Mapped[Optional[str]] = mapped_column(Text, server_default=text("''::text"))
    b: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('false'))
    ts: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('CURRENT_TIMESTAMP'))
    dt: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('CURRENT_DATE'))
    expr: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('(2 * 21)'))
    u: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid, server_default=text('gen_random_uuid()'))
    arr: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()), server_default=text("'{}'::integer[]"))
    j: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    nul: Mapped[Optional[str]] = mapped_column(Text)
