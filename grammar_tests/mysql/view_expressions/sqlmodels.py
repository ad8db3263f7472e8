from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, Double, String
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SMALLINT, TINYINT
from sqlmodel import Field, SQLModel

class T(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    s: int = Field(sa_column=Column('s', SMALLINT(6), nullable=False))
    b: int = Field(sa_column=Column('b', BIGINT(20), nullable=False))
    d: decimal.Decimal = Field(sa_column=Column('d', DECIMAL(8, 2), nullable=False))
    f: decimal.Decimal = Field(sa_column=Column('f', Double(asdecimal=True), nullable=False))
    v: str = Field(sa_column=Column('v', String(20), nullable=False))
    tiny: int = Field(sa_column=Column('tiny', TINYINT(4), nullable=False))
    n: Optional[int] = Field(default=None, sa_column=Column('n', INTEGER(11)))
    d2: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d2', DECIMAL(5, 3)))
