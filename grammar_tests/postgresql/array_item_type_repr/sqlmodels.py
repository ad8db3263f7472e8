from typing import Optional
import datetime
import decimal

from sqlalchemy import Boolean, CHAR, Column, Double, Integer, Numeric, PrimaryKeyConstraint, String, Text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, HSTORE, INTERVAL, TIME, TIMESTAMP
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Measurement(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='measurement_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    tags: Optional[list[object]] = Field(default=None, sa_column=Column('tags', ARRAY(HSTORE(text_type=Text()))))
    flags: Optional[list[sqlalchemy.dialects.postgresql.bitstring.BitString]] = Field(default=None, sa_column=Column('flags', ARRAY(BIT(length=3))))
    masks: Optional[list[sqlalchemy.dialects.postgresql.bitstring.BitString]] = Field(default=None, sa_column=Column('masks', ARRAY(BIT(length=8, varying=True))))
    spans: Optional[list[datetime.timedelta]] = Field(default=None, sa_column=Column('spans', ARRAY(INTERVAL(precision=2, fields='minute to second'))))
    short_spans: Optional[list[datetime.timedelta]] = Field(default=None, sa_column=Column('short_spans', ARRAY(INTERVAL(precision=3))))
    seen_at: Optional[list[datetime.datetime]] = Field(default=None, sa_column=Column('seen_at', ARRAY(TIMESTAMP(timezone=True, precision=6))))
    local_times: Optional[list[datetime.time]] = Field(default=None, sa_column=Column('local_times', ARRAY(TIME(precision=3))))
    ratios: Optional[list[float]] = Field(default=None, sa_column=Column('ratios', ARRAY(Double(precision=53))))
    amounts: Optional[list[decimal.Decimal]] = Field(default=None, sa_column=Column('amounts', ARRAY(Numeric(precision=10, scale=2))))
    codes: Optional[list[str]] = Field(default=None, sa_column=Column('codes', ARRAY(String(length=5, collation='C'))))
    notes: Optional[list[str]] = Field(default=None, sa_column=Column('notes', ARRAY(Text(collation='C'))))
    letters: Optional[list[str]] = Field(default=None, sa_column=Column('letters', ARRAY(CHAR(length=2))))
    answers: Optional[list[bool]] = Field(default=None, sa_column=Column('answers', ARRAY(Boolean(_create_events=False))))
    tag: Optional[object] = Field(default=None, sa_column=Column('tag', HSTORE(Text())))
    flag: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('flag', BIT(3)))
    mask: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('mask', BIT(8, True)))
    span: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('span', INTERVAL(2, 'minute to second')))
    seen: Optional[datetime.datetime] = Field(default=None, sa_column=Column('seen', TIMESTAMP(True, 6)))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', Double(53)))
