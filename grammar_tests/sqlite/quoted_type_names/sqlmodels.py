from typing import Optional
import decimal

from sqlalchemy import Column, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class Things(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a', Numeric))
    b: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b', Numeric))
    c: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('c', Numeric))
    d: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d', Numeric))
    e: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('e', Numeric))
    f: Optional[str] = Field(default=None, sa_column=Column('f', String))
    g: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('g', Numeric))
    h: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('h', Numeric))
    i: Optional[str] = Field(default=None, sa_column=Column('i', Text))
    j: Optional[bytes] = Field(default=None, sa_column=Column('j', LargeBinary))
    k: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('k', Numeric(1)))
    l: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('l', Numeric(1)))
    n: Optional[int] = Field(default=None, sa_column=Column('n', Integer))
    o: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('o', Numeric))
    p: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('p', Numeric))
    s: Optional[object] = Field(default=None, sa_column=Column('s', NullType))
    u: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('u', Numeric))
    v: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('v', Numeric))
    w: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('w', Numeric))
    x2: Optional[str] = Field(default=None, sa_column=Column('x2', String))
