from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import Column, DateTime, Double, Integer, Numeric, PrimaryKeyConstraint, REAL, String, Text, Uuid
from sqlalchemy.dialects.postgresql import ARRAY, BIT, CITEXT, DATEMULTIRANGE, HSTORE, INT4MULTIRANGE, INT8RANGE, INTERVAL, MACADDR8, NUMMULTIRANGE, NUMRANGE, REGCLASS, REGCONFIG, TIME, TIMESTAMP, TSQUERY, TSRANGE, TSTZRANGE
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class T2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t2_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[object] = Field(default=None, sa_column=Column('a', INT8RANGE))
    b: Optional[object] = Field(default=None, sa_column=Column('b', NUMRANGE))
    c: Optional[object] = Field(default=None, sa_column=Column('c', TSRANGE))
    d: Optional[object] = Field(default=None, sa_column=Column('d', TSTZRANGE))
    e: Optional[object] = Field(default=None, sa_column=Column('e', INT4MULTIRANGE))
    f: Optional[object] = Field(default=None, sa_column=Column('f', DATEMULTIRANGE))
    g: Optional[object] = Field(default=None, sa_column=Column('g', NUMMULTIRANGE))
    h: Optional[object] = Field(default=None, sa_column=Column('h', TSQUERY))
    i: Optional[object] = Field(default=None, sa_column=Column('i', REGCONFIG))
    j: Optional[object] = Field(default=None, sa_column=Column('j', REGCLASS))
    k: Optional[str] = Field(default=None, sa_column=Column('k', String))
    l: Optional[str] = Field(default=None, sa_column=Column('l', String))
    m: Optional[object] = Field(default=None, sa_column=Column('m', MACADDR8))
    n: Optional[str] = Field(default=None, sa_column=Column('n', CITEXT))
    o: Optional[object] = Field(default=None, sa_column=Column('o', HSTORE(Text())))
    p: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('p', Numeric(5, 0)))
    q: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('q', Numeric(7, 3)))
    r: Optional[datetime.datetime] = Field(default=None, sa_column=Column('r', TIMESTAMP(precision=0)))
    s: Optional[datetime.time] = Field(default=None, sa_column=Column('s', TIME(True, 6)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', String))
    u: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('u', BIT(varying=True)))
    v: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('v', INTERVAL(fields='year')))
    w: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('w', INTERVAL(2)))
    x: Optional[float] = Field(default=None, sa_column=Column('x', REAL))
    y: Optional[float] = Field(default=None, sa_column=Column('y', Double(53)))
    z: Optional[list[decimal.Decimal]] = Field(default=None, sa_column=Column('z', ARRAY(Numeric(precision=10, scale=2))))
    aa: Optional[list[uuid.UUID]] = Field(default=None, sa_column=Column('aa', ARRAY(Uuid())))
    ab: Optional[list[datetime.datetime]] = Field(default=None, sa_column=Column('ab', ARRAY(DateTime(timezone=True))))
    ac: Optional[list[str]] = Field(default=None, sa_column=Column('ac', ARRAY(String(length=20))))
    ad: Optional[str] = Field(default=None, sa_column=Column('ad', String(5, 'C')))
    ae: Optional[str] = Field(default=None, sa_column=Column('ae', Text(collation='POSIX')))
    af: Optional[object] = Field(default=None, sa_column=Column('af', NullType))
    ag: Optional[object] = Field(default=None, sa_column=Column('ag', NullType))
    ah: Optional[object] = Field(default=None, sa_column=Column('ah', NullType))
    ai: Optional[object] = Field(default=None, sa_column=Column('ai', NullType))
    aj: Optional[object] = Field(default=None, sa_column=Column('aj', NullType))
