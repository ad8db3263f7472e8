from typing import Optional
import decimal

from sqlalchemy import Column, Double, Float, text
from sqlalchemy.dialects.mysql import DOUBLE, FLOAT, INTEGER
from sqlmodel import Field, SQLModel

class Measure(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    price: decimal.Decimal = Field(sa_column=Column('price', DOUBLE(8, 2), nullable=False, server_default=text('0.00')))
    weight: decimal.Decimal = Field(sa_column=Column('weight', DOUBLE(8, 2), nullable=False, server_default=text('0.00')))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', FLOAT(5, 3), server_default=text('1.500')))
    delta: Optional[float] = Field(default=None, sa_column=Column('delta', FLOAT(7, 4), server_default=text('-2.5000')))
    scaled: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('scaled', DOUBLE(6, 2), server_default=text('3.00')))
    rounded: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('rounded', DOUBLE(8, 0), server_default=text('2')))
    precise: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('precise', DOUBLE(10, 3), server_default=text('1.235')))
    single: Optional[float] = Field(default=None, sa_column=Column('single', FLOAT(10, 2), server_default=text('12345.68')))
    plain: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('plain', Double(asdecimal=True), server_default=text('0.5')))
    huge: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('huge', Double(asdecimal=True), server_default=text('1e15')))
    below: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('below', Double(asdecimal=True), server_default=text('100000000000000')))
    long_digits: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('long_digits', Double(asdecimal=True), server_default=text('1.2345678901234568e17')))
    tiny: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('tiny', Double(asdecimal=True), server_default=text('1e-16')))
    small: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('small', Double(asdecimal=True), server_default=text('0.00000015')))
    short_float: Optional[float] = Field(default=None, sa_column=Column('short_float', Float, server_default=text('123457000')))
    float_exp: Optional[float] = Field(default=None, sa_column=Column('float_exp', Float, server_default=text('3.4e38')))
    float_frac: Optional[float] = Field(default=None, sa_column=Column('float_frac', Float, server_default=text('12345.7')))
