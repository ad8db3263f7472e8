from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, String
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class ReadingState(str, enum.Enum):
    _١ = '١'
    A_B = 'a b'
    A_B = 'a_b'


class Reading(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    datetime: Optional[datetime.datetime] = Field(default=None, sa_column=Column('datetime', DateTime))
    decimal: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('decimal', DECIMAL(10, 2)))
    __deleted: Optional[int] = Field(default=None, sa_column=Column('__deleted', TINYINT(1)))
    __debug__: Optional[int] = Field(default=None, sa_column=Column('__debug__', INTEGER(11)))
    ﬁle: Optional[str] = Field(default=None, sa_column=Column('ﬁle', String(20)))
    file: Optional[str] = Field(default=None, sa_column=Column('file', String(20)))
    state: Optional[ReadingState] = Field(default=None, sa_column=Column('state', Enum(ReadingState, values_callable=lambda cls: [member.value for member in cls])))
