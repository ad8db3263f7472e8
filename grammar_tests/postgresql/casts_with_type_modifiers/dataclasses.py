from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, CHAR, CheckConstraint, Double, Index, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'
    __table_args__ = (
        CheckConstraint('cost > 0::numeric(5,2)', name='item_cost_check'),
        CheckConstraint("long_code::character varying(5)::text <> 'x'::text", name='item_long_code_check'),
        CheckConstraint("short_code::text <> ''::text", name='item_short_code_check'),
        CheckConstraint('size > 0', name='item_size_check'),
        CheckConstraint('weight::numeric(5,2) > 1::numeric', name='item_weight_check'),
        PrimaryKeyConstraint('id', name='item_pkey'),
        Index('item_long_code_idx', 'id', postgresql_where="(((long_code)::character varying(5))::text <> 'x'::text)"),
        Index('item_short_code_idx', 'id', postgresql_where="((short_code)::text <> ''::text)")
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(String(10), server_default=text("'abc'::character varying(5)"))
    label: Mapped[Optional[str]] = mapped_column(String(10), server_default=text('NULL::character varying(5)'))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(8, 2), server_default=text('(5)::numeric(5,2)'))
    title: Mapped[Optional[str]] = mapped_column(Text, server_default=text('NULL::character varying(5)'))
    qty: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('NULL::bigint'))
    grade: Mapped[Optional[str]] = mapped_column(CHAR(3), server_default=text("'ab'::character(3)"))
    stamp: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3), server_default=text("'2000-01-01 00:00:00'::timestamp(3) without time zone"))
    moment: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(True, 0), server_default=text('(now())::timestamp(0) with time zone'))
    ids: Mapped[Optional[list[int]]] = mapped_column(ARRAY(BigInteger()), server_default=text('ARRAY[(1)::bigint, (2)::bigint]'))
    names: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=5)), server_default=text("ARRAY['a'::character varying(5), 'b'::character varying(5)]"))
    empty_names: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=5)), server_default=text('ARRAY[]::character varying[]'))
    no_names: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=5)), server_default=text('(ARRAY[]::character varying[])::character varying(5)[]'))
    amounts: Mapped[Optional[list[decimal.Decimal]]] = mapped_column(ARRAY(Numeric()), server_default=text('ARRAY[1.5, (2)::numeric]'))
    first_id: Mapped[Optional[int]] = mapped_column(BigInteger, server_default=text('(ARRAY[(1)::bigint, (2)::bigint])[1]'))
    weight: Mapped[Optional[float]] = mapped_column(Double(53))
    size: Mapped[Optional[int]] = mapped_column(Integer)
    short_code: Mapped[Optional[str]] = mapped_column(String(5))
    long_code: Mapped[Optional[str]] = mapped_column(String(10))
    cost: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 2))
