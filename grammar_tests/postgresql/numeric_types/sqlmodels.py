from typing import Optional
import decimal

from sqlalchemy import BigInteger, CheckConstraint, Column, Double, Integer, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, text
from sqlalchemy.dialects.postgresql import MONEY
from sqlmodel import Field, SQLModel

class Measurements(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('int8_col <> 0', name='measurements_int8_col_check'),
        CheckConstraint('price >= 0::numeric', name='measurements_price_positive'),
        CheckConstraint('rate >= 0::numeric AND rate <= 1::numeric', name='measurements_rate_check'),
        PrimaryKeyConstraint('id', name='measurements_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True))
    tiny: int = Field(sa_column=Column('tiny', SmallInteger, nullable=False, server_default=text('0')))
    count: int = Field(sa_column=Column('count', Integer, nullable=False, server_default=text('1')))
    price: decimal.Decimal = Field(sa_column=Column('price', Numeric(12, 2), nullable=False, server_default=text('0.00')))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BigInteger, server_default=text("'9223372036854775807'::bigint")))
    rate: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('rate', Numeric(5, 4), server_default=text('0.0125')))
    whole: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('whole', Numeric(10, 0), server_default=text('10')))
    unbounded: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('unbounded', Numeric))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', REAL, server_default=text('0.5')))
    precise: Optional[float] = Field(default=None, sa_column=Column('precise', Double(53), server_default=text("'-15000000000'::numeric")))
    float4_col: Optional[float] = Field(default=None, sa_column=Column('float4_col', REAL))
    float8_col: Optional[float] = Field(default=None, sa_column=Column('float8_col', Double(53)))
    float_p: Optional[float] = Field(default=None, sa_column=Column('float_p', REAL))
    float_p2: Optional[float] = Field(default=None, sa_column=Column('float_p2', Double(53)))
    cost: Optional[object] = Field(default=None, sa_column=Column('cost', MONEY, server_default=text('0')))
    int2_col: Optional[int] = Field(default=None, sa_column=Column('int2_col', SmallInteger))
    int8_col: Optional[int] = Field(default=None, sa_column=Column('int8_col', BigInteger))
