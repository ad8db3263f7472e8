from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Boolean, CHAR, Column, DateTime, Enum, INTEGER, Integer, Numeric, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, DOMAIN, INTERVAL, TIMESTAMP
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Colour(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class Account(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    login: Optional[str] = Field(default=None, sa_column=Column('login', String(40), server_default=text('NULL::character varying')))
    nickname: Optional[str] = Field(default=None, sa_column=Column('nickname', String))
    country: Optional[str] = Field(default=None, sa_column=Column('country', CHAR(2), server_default=text('NULL::bpchar')))
    flag: Optional[str] = Field(default=None, sa_column=Column('flag', CHAR(1), server_default=text('NULL::bpchar')))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))
    age: Optional[int] = Field(default=None, sa_column=Column('age', Integer))
    balance: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('balance', Numeric(12, 2), server_default=text('NULL::numeric')))
    ratio: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('ratio', Numeric))
    seen_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('seen_at', TIMESTAMP(precision=3), server_default=text('NULL::timestamp without time zone')))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_at', DateTime))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(String(length=20)), server_default=text('NULL::character varying[]')))
    scores: Optional[list[int]] = Field(default=None, sa_column=Column('scores', ARRAY(Integer())))
    credit: Optional[int] = Field(default=None, sa_column=Column('credit', DOMAIN('amount', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('NULL::integer')))
    favourite: Optional[Colour] = Field(default=None, sa_column=Column('favourite', Enum(Colour, values_callable=lambda cls: [member.value for member in cls], name='colour')))
    bits: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('bits', BIT(4), server_default=text('NULL::"bit"')))
    wait: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('wait', INTERVAL(fields='hour')))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text, server_default=text('NULL::character varying')))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(8), server_default=text('NULL::text')))
    other_colour: Optional[Colour] = Field(default=None, sa_column=Column('other_colour', Enum(Colour, values_callable=lambda cls: [member.value for member in cls], name='colour')))
    active: Optional[bool] = Field(default=None, sa_column=Column('active', Boolean))


class Session(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='session_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    token: Optional[str] = Field(default=None, sa_column=Column('token', String(64), server_default=text('NULL::character varying')))
    ip: Optional[str] = Field(default=None, sa_column=Column('ip', Text))
    agent: Optional[str] = Field(default=None, sa_column=Column('agent', String(255), server_default=text('NULL::character varying')))
