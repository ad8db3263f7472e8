from typing import Optional
import decimal

from sqlalchemy import Column, Integer, Numeric, REAL, text
from sqlmodel import Field, SQLModel

class Reading(SQLModel, table=True):
    big: float = Field(sa_column=Column('big', REAL, nullable=False, server_default=text('-2.5E+3')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', REAL, server_default=text('.5')))
    whole: Optional[float] = Field(default=None, sa_column=Column('whole', REAL, server_default=text('1.')))
    below: Optional[float] = Field(default=None, sa_column=Column('below', REAL, server_default=text('-.25')))
    tiny: Optional[float] = Field(default=None, sa_column=Column('tiny', REAL, server_default=text('1e-5')))
    scaled: Optional[float] = Field(default=None, sa_column=Column('scaled', REAL, server_default=text('+1e10')))
    mask: Optional[int] = Field(default=None, sa_column=Column('mask', Integer, server_default=text('0x1F')))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(10, 2), server_default=text('1.50')))
