from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Date, Double, Integer, Numeric, PrimaryKeyConstraint, REAL, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class K(Base):
    __tablename__ = 'k'
    __table_args__ = (
        CheckConstraint("(price * qty::numeric) < '1000000000'::numeric", name='k_check2'),
        CheckConstraint('(qty %% 2) = 0', name='k_qty_check3'),
        CheckConstraint('COALESCE(qty, 0) >= 0', name='k_qty_check2'),
        CheckConstraint('NOT qty < 0', name='k_qty_check1'),
        CheckConstraint("SUBSTRING(code FROM 1 FOR 1) = 'A'::text", name='k_code_check1'),
        CheckConstraint('abs(qty) < 10', name='k_qty_check4'),
        CheckConstraint('cardinality(tags) <= 10', name='k_tags_check'),
        CheckConstraint('char_length(code) = 3', name='k_code_check'),
        CheckConstraint("email ~* '^[^@]+@[^@]+$'::text", name='k_email_check'),
        CheckConstraint("email ~~ '%%@%%'::text", name='k_email_check2'),
        CheckConstraint('ends > starts OR ends IS NULL', name='k_check'),
        CheckConstraint('flag IS NOT TRUE OR qty > 0', name='k_check1'),
        CheckConstraint('length(TRIM(BOTH FROM name)) > 0', name='k_name_check1'),
        CheckConstraint('lower(email) = email', name='k_email_check1'),
        CheckConstraint("name <> ''::text", name='k_name_check'),
        CheckConstraint("name ~ similar_to_escape('[a-z]+'::text)", name='k_name_check2'),
        CheckConstraint('pct >= 0.0::double precision AND pct <= 1.0::double precision', name='k_pct_check'),
        CheckConstraint('price >= 0::numeric AND price < 1000000::numeric', name='k_price_check'),
        CheckConstraint('price IS DISTINCT FROM 0::numeric', name='k_price_check1'),
        CheckConstraint('qty >= 1 AND qty <= 100', name='k_qty_check'),
        CheckConstraint("qty::text ~ '^[0-9]+$'::text", name='k_qty_check5'),
        CheckConstraint('starts < (CURRENT_DATE + 365)', name='k_starts_check1'),
        CheckConstraint("starts >= '2000-01-01'::date", name='k_starts_check'),
        CheckConstraint("status::text <> 'x'::text", name='k_status_check1'),
        CheckConstraint("status::text <> 'z'::text", name='k_status_check2'),
        CheckConstraint("status::text = ANY (ARRAY['a'::character varying, 'b'::character varying, 'c'::character varying]::text[])", name='k_status_check'),
        CheckConstraint("tags <> '{}'::text[]", name='k_tags_check1'),
        PrimaryKeyConstraint('id', name='k_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[Optional[str]] = mapped_column(Text)
    status: Mapped[Optional[str]] = mapped_column(String(20))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    qty: Mapped[Optional[int]] = mapped_column(Integer)
    starts: Mapped[Optional[datetime.date]] = mapped_column(Date)
    ends: Mapped[Optional[datetime.date]] = mapped_column(Date)
    code: Mapped[Optional[str]] = mapped_column(CHAR(3))
    pct: Mapped[Optional[float]] = mapped_column(REAL)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    flag: Mapped[Optional[bool]] = mapped_column(Boolean)
    name: Mapped[Optional[str]] = mapped_column(Text)


class N(Base):
    __tablename__ = 'n'
    __table_args__ = (
        CheckConstraint("a < '1000000000'::numeric", name='n_a_check'),
        CheckConstraint("b > '-1000'::numeric::double precision", name='n_b_check'),
        CheckConstraint("d::numeric < '1000000000000'::numeric", name='n_d_check'),
        PrimaryKeyConstraint('id', name='n_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, server_default=text("'1000'::numeric"))
    b: Mapped[Optional[float]] = mapped_column(Double(53), server_default=text("'1000'::numeric"))
    c: Mapped[Optional[float]] = mapped_column(REAL, server_default=text("'250'::numeric"))
    d: Mapped[Optional[int]] = mapped_column(BigInteger, server_default=text("'99999999999'::bigint"))
    e: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, server_default=text("'123456789012345678901234567890'::numeric"))
    f: Mapped[Optional[int]] = mapped_column(Integer, server_default=text("'-5'::integer"))
    g: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2), server_default=text("'-100'::numeric"))
    h: Mapped[Optional[float]] = mapped_column(Double(53), server_default=text('1.5'))
