from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Boolean, CHAR, DateTime, Enum, INTEGER, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, DOMAIN, INTERVAL, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Colour(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[Optional[str]] = mapped_column(String(40), server_default=text('NULL::character varying'))
    nickname: Mapped[Optional[str]] = mapped_column(String)
    country: Mapped[Optional[str]] = mapped_column(CHAR(2), server_default=text('NULL::bpchar'))
    flag: Mapped[Optional[str]] = mapped_column(CHAR(1), server_default=text('NULL::bpchar'))
    bio: Mapped[Optional[str]] = mapped_column(Text)
    age: Mapped[Optional[int]] = mapped_column(Integer)
    balance: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(12, 2), server_default=text('NULL::numeric'))
    ratio: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    seen_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(precision=3), server_default=text('NULL::timestamp without time zone'))
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=20)), server_default=text('NULL::character varying[]'))
    scores: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    credit: Mapped[Optional[int]] = mapped_column(DOMAIN('amount', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('NULL::integer'))
    favourite: Mapped[Optional[Colour]] = mapped_column(Enum(Colour, values_callable=lambda cls: [member.value for member in cls], name='colour'))
    bits: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(4), server_default=text('NULL::"bit"'))
    wait: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(fields='hour'))
    note: Mapped[Optional[str]] = mapped_column(Text, server_default=text('NULL::character varying'))
    code: Mapped[Optional[str]] = mapped_column(String(8), server_default=text('NULL::text'))
    other_colour: Mapped[Optional[Colour]] = mapped_column(Enum(Colour, values_callable=lambda cls: [member.value for member in cls], name='colour'))
    active: Mapped[Optional[bool]] = mapped_column(Boolean)


class Session(Base):
    __tablename__ = 'session'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='session_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[Optional[str]] = mapped_column(String(64), server_default=text('NULL::character varying'))
    ip: Mapped[Optional[str]] = mapped_column(Text)
    agent: Mapped[Optional[str]] = mapped_column(String(255), server_default=text('NULL::character varying'))
