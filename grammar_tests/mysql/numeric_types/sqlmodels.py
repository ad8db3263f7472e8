from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, Double, Float, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DOUBLE, FLOAT, INTEGER, MEDIUMINT, SMALLINT, TINYINT
from sqlmodel import Field, SQLModel

class Measurements(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True, autoincrement=True))
    tiny: int = Field(sa_column=Column('tiny', TINYINT(4), nullable=False, server_default=text('0')))
    regular: int = Field(sa_column=Column('regular', INTEGER(11), nullable=False, server_default=text('1')))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(12, 2), nullable=False, server_default=text('0.00')))
    flag: int = Field(sa_column=Column('flag', TINYINT(1), nullable=False, server_default=text('1')))
    small: Optional[int] = Field(default=None, sa_column=Column('small', SMALLINT(6), server_default=text('-5')))
    medium: Optional[int] = Field(default=None, sa_column=Column('medium', MEDIUMINT(9)))
    rate: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('rate', DECIMAL(5, 4), server_default=text('0.0125')))
    whole: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('whole', DECIMAL(10, 0)))
    num: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('num', DECIMAL(8, 3)))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', Float, server_default=text('0.5')))
    ratio_p: Optional[float] = Field(default=None, sa_column=Column('ratio_p', FLOAT(7, 3)))
    precise: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('precise', Double(asdecimal=True), server_default=text('-15000000000')))
    precise_p: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('precise_p', DOUBLE(10, 2)))
    real_col: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('real_col', Double(asdecimal=True)))
    dp: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('dp', Double(asdecimal=True)))
    flags: Optional[object] = Field(default=None, sa_column=Column('flags', BIT(8)))
    single_bit: Optional[object] = Field(default=None, sa_column=Column('single_bit', BIT(1)))
