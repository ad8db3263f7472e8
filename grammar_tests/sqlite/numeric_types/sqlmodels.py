from typing import Optional
import decimal

from sqlalchemy import BigInteger, Column, DECIMAL, Double, Float, Integer, Numeric, REAL, SmallInteger, text
from sqlmodel import Field, SQLModel

class Measurements(SQLModel, table=True):
    tiny: int = Field(sa_column=Column('tiny', Integer, nullable=False, server_default=text('0')))
    plain: int = Field(sa_column=Column('plain', Integer, nullable=False, server_default=text('1')))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(12, 2), nullable=False, server_default=text('0.00')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    small: Optional[int] = Field(default=None, sa_column=Column('small', SmallInteger, server_default=text('-5')))
    medium: Optional[int] = Field(default=None, sa_column=Column('medium', Integer))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BigInteger))
    huge: Optional[int] = Field(default=None, sa_column=Column('huge', Integer))
    two: Optional[int] = Field(default=None, sa_column=Column('two', Integer))
    eight: Optional[int] = Field(default=None, sa_column=Column('eight', Integer))
    rate: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('rate', Numeric(5, 4), server_default=text('0.0125')))
    whole: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('whole', Numeric))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', REAL, server_default=text('0.5')))
    precise: Optional[float] = Field(default=None, sa_column=Column('precise', Double, server_default=text('-1.5e10')))
    dp: Optional[float] = Field(default=None, sa_column=Column('dp', REAL))
    f: Optional[float] = Field(default=None, sa_column=Column('f', Float))
    hexval: Optional[int] = Field(default=None, sa_column=Column('hexval', Integer, server_default=text('0x1F')))
