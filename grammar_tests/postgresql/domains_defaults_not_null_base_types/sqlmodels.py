from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BIGINT, BOOLEAN, CHAR, Column, DATE, DOUBLE_PRECISION, INTEGER, Integer, NUMERIC, PrimaryKeyConstraint, REAL, SMALLINT, TEXT, UUID, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, BYTEA, DOMAIN, INET, INTERVAL, JSON, JSONB, TIME, TIMESTAMP
from sqlmodel import Field, SQLModel

class Arrays(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='arrays_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    a: Optional[list[str]] = Field(default=None, sa_column=Column('a', ARRAY(DOMAIN('label2', VARCHAR(collation='default')))))
    b: Optional[list[str]] = Field(default=None, sa_column=Column('b', ARRAY(DOMAIN('code2', TEXT(collation='default')))))
    c: Optional[list[datetime.datetime]] = Field(default=None, sa_column=Column('c', ARRAY(DOMAIN('stamp2', TIMESTAMP(timezone=True)))))


class Bases(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='bases_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', DOMAIN('d_int', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    b: Optional[int] = Field(default=None, sa_column=Column('b', DOMAIN('d_big', BIGINT(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    c: Optional[int] = Field(default=None, sa_column=Column('c', DOMAIN('d_small', SMALLINT(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    d: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d', DOMAIN('d_num', NUMERIC(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    e: Optional[bool] = Field(default=None, sa_column=Column('e', DOMAIN('d_bool', BOOLEAN(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    f: Optional[datetime.date] = Field(default=None, sa_column=Column('f', DOMAIN('d_date', DATE(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    g: Optional[datetime.datetime] = Field(default=None, sa_column=Column('g', DOMAIN('d_ts', TIMESTAMP(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    h: Optional[datetime.datetime] = Field(default=None, sa_column=Column('h', DOMAIN('d_tstz', TIMESTAMP(timezone=True), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    i: Optional[datetime.datetime] = Field(default=None, sa_column=Column('i', DOMAIN('d_ts3', TIMESTAMP(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    j: Optional[datetime.time] = Field(default=None, sa_column=Column('j', DOMAIN('d_time', TIME(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    k: Optional[uuid.UUID] = Field(default=None, sa_column=Column('k', DOMAIN('d_uuid', UUID(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    l: Optional[object] = Field(default=None, sa_column=Column('l', DOMAIN('d_jsonb', JSONB(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    m: Optional[object] = Field(default=None, sa_column=Column('m', DOMAIN('d_json', JSON(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    n: Optional[bytes] = Field(default=None, sa_column=Column('n', DOMAIN('d_bytea', BYTEA(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    o: Optional[float] = Field(default=None, sa_column=Column('o', DOMAIN('d_float', DOUBLE_PRECISION(precision=53), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    p: Optional[float] = Field(default=None, sa_column=Column('p', DOMAIN('d_real', REAL(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    q: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('q', DOMAIN('d_interval', INTERVAL(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    r: Optional[object] = Field(default=None, sa_column=Column('r', DOMAIN('d_inet', INET(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    s: Optional[str] = Field(default=None, sa_column=Column('s', DOMAIN('d_char', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())))


class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    n: int = Field(sa_column=Column('n', DOMAIN('posint', INTEGER(), default='1', constraint_name='posint_check', not_null=True, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('1')))
    m: int = Field(sa_column=Column('m', DOMAIN('posint', INTEGER(), default='1', constraint_name='posint_check', not_null=True, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('5')))
    l: str = Field(sa_column=Column('l', DOMAIN('label', VARCHAR(collation='default'), 'default', default="'none'::character varying", constraint_name='label_a', not_null=True, check=text('length(VALUE::text) < 20'), create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text("'none'::character varying")))
    c: Optional[str] = Field(default=None, sa_column=Column('c', DOMAIN('code', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema='s', metadata=MetaData())))
    at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at', DOMAIN('stamp', TIMESTAMP(timezone=True), default='now()', not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('now()')))
    nums: Optional[list[int]] = Field(default=None, sa_column=Column('nums', ARRAY(DOMAIN('posint', INTEGER()))))
