from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Date, Double, Integer, Numeric, PrimaryKeyConstraint, REAL, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

class K(SQLModel, table=True):
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

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: Optional[str] = Field(default=None, sa_column=Column('email', Text))
    status: Optional[str] = Field(default=None, sa_column=Column('status', String(20)))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(10, 2)))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', Integer))
    starts: Optional[datetime.date] = Field(default=None, sa_column=Column('starts', Date))
    ends: Optional[datetime.date] = Field(default=None, sa_column=Column('ends', Date))
    code: Optional[str] = Field(default=None, sa_column=Column('code', CHAR(3)))
    pct: Optional[float] = Field(default=None, sa_column=Column('pct', REAL))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
    flag: Optional[bool] = Field(default=None, sa_column=Column('flag', Boolean))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))


class N(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("a < '1000000000'::numeric", name='n_a_check'),
        CheckConstraint("b > '-1000'::numeric::double precision", name='n_b_check'),
        CheckConstraint("d::numeric < '1000000000000'::numeric", name='n_d_check'),
        PrimaryKeyConstraint('id', name='n_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a', Numeric, server_default=text("'1000'::numeric")))
    b: Optional[float] = Field(default=None, sa_column=Column('b', Double(53), server_default=text("'1000'::numeric")))
    c: Optional[float] = Field(default=None, sa_column=Column('c', REAL, server_default=text("'250'::numeric")))
    d: Optional[int] = Field(default=None, sa_column=Column('d', BigInteger, server_default=text("'99999999999'::bigint")))
    e: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('e', Numeric, server_default=text("'123456789012345678901234567890'::numeric")))
    f: Optional[int] = Field(default=None, sa_column=Column('f', Integer, server_default=text("'-5'::integer")))
    g: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('g', Numeric(10, 2), server_default=text("'-100'::numeric")))
    h: Optional[float] = Field(default=None, sa_column=Column('h', Double(53), server_default=text('1.5')))
