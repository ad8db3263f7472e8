from typing import Optional
import datetime
import decimal

from sqlalchemy import BOOLEAN, CHAR, DOUBLE_PRECISION, INTEGER, NUMERIC, PrimaryKeyConstraint, TEXT, VARCHAR
from sqlalchemy.dialects.postgresql import ARRAY, BIT, HSTORE, INTERVAL, TIME, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Measurement(Base):
    __tablename__ = 'measurement'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='measurement_pkey'),
    )

    id: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    tags: Mapped[Optional[list[object]]] = mapped_column(ARRAY(HSTORE(text_type=Text())))
    flags: Mapped[Optional[list[sqlalchemy.dialects.postgresql.bitstring.BitString]]] = mapped_column(ARRAY(BIT(length=3)))
    masks: Mapped[Optional[list[sqlalchemy.dialects.postgresql.bitstring.BitString]]] = mapped_column(ARRAY(BIT(length=8, varying=True)))
    spans: Mapped[Optional[list[datetime.timedelta]]] = mapped_column(ARRAY(INTERVAL(precision=2, fields='minute to second')))
    short_spans: Mapped[Optional[list[datetime.timedelta]]] = mapped_column(ARRAY(INTERVAL(precision=3)))
    seen_at: Mapped[Optional[list[datetime.datetime]]] = mapped_column(ARRAY(TIMESTAMP(timezone=True, precision=6)))
    local_times: Mapped[Optional[list[datetime.time]]] = mapped_column(ARRAY(TIME(precision=3)))
    ratios: Mapped[Optional[list[float]]] = mapped_column(ARRAY(DOUBLE_PRECISION(precision=53)))
    amounts: Mapped[Optional[list[decimal.Decimal]]] = mapped_column(ARRAY(NUMERIC(precision=10, scale=2)))
    codes: Mapped[Optional[list[str]]] = mapped_column(ARRAY(VARCHAR(length=5, collation='C')))
    notes: Mapped[Optional[list[str]]] = mapped_column(ARRAY(TEXT(collation='C')))
    letters: Mapped[Optional[list[str]]] = mapped_column(ARRAY(CHAR(length=2)))
    answers: Mapped[Optional[list[bool]]] = mapped_column(ARRAY(BOOLEAN()))
    tag: Mapped[Optional[object]] = mapped_column(HSTORE(Text()))
    flag: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(3))
    mask: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(8, True))
    span: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(2, 'minute to second'))
    seen: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(True, 6))
    ratio: Mapped[Optional[float]] = mapped_column(DOUBLE_PRECISION(53))
