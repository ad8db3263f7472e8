from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, Column, DECIMAL, Date, Double, Enum, Float, String, TIMESTAMP, Text, Time, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DATETIME, INTEGER, LONGTEXT, SET, TINYINT, YEAR
from sqlmodel import Field, SQLModel

class DS(str, enum.Enum):
    X = 'x'
    Y = 'y'


class D(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    p: int = Field(sa_column=Column('p', INTEGER(11), nullable=False, server_default=text('0')))
    a: Optional[int] = Field(default=None, sa_column=Column('a', INTEGER(11), server_default=text('-1')))
    b: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b', DECIMAL(5, 2), server_default=text('1.50')))
    c: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('c', DECIMAL(5, 2), server_default=text('-0.25')))
    e: Optional[float] = Field(default=None, sa_column=Column('e', Float, server_default=text('1000')))
    f: Optional[str] = Field(default=None, sa_column=Column('f', String(10), server_default=text("'it''s'")))
    g: Optional[str] = Field(default=None, sa_column=Column('g', String(10), server_default=text("'back\\\\slash'")))
    h: Optional[datetime.datetime] = Field(default=None, sa_column=Column('h', DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')))
    i: Optional[datetime.date] = Field(default=None, sa_column=Column('i', Date, server_default=text("'2020-01-01'")))
    j: Optional[str] = Field(default=None, sa_column=Column('j', CHAR(36), server_default=text('uuid()')))
    k: Optional[int] = Field(default=None, sa_column=Column('k', INTEGER(11), server_default=text('(1 + 2)')))
    l: Optional[object] = Field(default=None, sa_column=Column('l', BIT(4)))
    m: Optional[int] = Field(default=None, sa_column=Column('m', TINYINT(1), server_default=text('1')))
    n: Optional[int] = Field(default=None, sa_column=Column('n', TINYINT(1), server_default=text('0')))
    o: Optional[str] = Field(default=None, sa_column=Column('o', String(10)))
    q: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('q', Double(asdecimal=True), server_default=text('0.1')))
    r: Optional[str] = Field(default=None, sa_column=Column('r', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text("'{}'")))
    s: Optional[DS] = Field(default=None, sa_column=Column('s', Enum(DS, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'y'")))
    t: Optional[str] = Field(default=None, sa_column=Column('t', SET('a', 'b'), server_default=text("'a,b'")))
    u: Optional[datetime.datetime] = Field(default=None, sa_column=Column('u', TIMESTAMP))
    v: Optional[datetime.time] = Field(default=None, sa_column=Column('v', Time, server_default=text("'12:00:00'")))
    w: Optional[object] = Field(default=None, sa_column=Column('w', YEAR(4), server_default=text('2024')))
    x: Optional[int] = Field(default=None, sa_column=Column('x', BIGINT(20, unsigned=True), server_default=text('18446744073709551615')))
    y: Optional[str] = Field(default=None, sa_column=Column('y', String(20)))
    z: Optional[str] = Field(default=None, sa_column=Column('z', Text, server_default=text("'hello'")))
