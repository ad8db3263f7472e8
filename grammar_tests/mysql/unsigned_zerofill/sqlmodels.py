from typing import Optional
import decimal

from sqlalchemy import Column, text
from sqlalchemy.dialects.mysql import BIGINT, DECIMAL, DOUBLE, INTEGER, MEDIUMINT, SMALLINT, TINYINT
from sqlmodel import Field, SQLModel

class Counters(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    d: int = Field(sa_column=Column('d', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')))
    a: Optional[int] = Field(default=None, sa_column=Column('a', TINYINT(3, unsigned=True)))
    b: Optional[int] = Field(default=None, sa_column=Column('b', SMALLINT(5, unsigned=True, zerofill=True)))
    c: Optional[int] = Field(default=None, sa_column=Column('c', MEDIUMINT(5, unsigned=True, zerofill=True)))
    e: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('e', DECIMAL(6, 2, unsigned=True)))
    f: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('f', DOUBLE(unsigned=True)))
    g: Optional[int] = Field(default=None, sa_column=Column('g', INTEGER(4)))
