from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import Column, DECIMAL, Date, DateTime, Enum, Float, String, TIMESTAMP, Uuid, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class DefaultsSt(str, enum.Enum):
    DRAFT = 'draft'
    LIVE = 'live'


class Defaults(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    e: str = Field(sa_column=Column('e', String(5), nullable=False, server_default=text("''")))
    created: datetime.datetime = Field(sa_column=Column('created', DateTime, nullable=False, server_default=text('current_timestamp()')))
    updated: datetime.datetime = Field(sa_column=Column('updated', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    st: DefaultsSt = Field(sa_column=Column('st', Enum(DefaultsSt, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")))
    n: Optional[int] = Field(default=None, sa_column=Column('n', INTEGER(11), server_default=text('42')))
    neg: Optional[int] = Field(default=None, sa_column=Column('neg', INTEGER(11), server_default=text('-1')))
    f: Optional[float] = Field(default=None, sa_column=Column('f', Float, server_default=text('1.5')))
    d: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d', DECIMAL(8, 2), server_default=text('3.00')))
    s: Optional[str] = Field(default=None, sa_column=Column('s', String(20), server_default=text("'it''s'")))
    b: Optional[int] = Field(default=None, sa_column=Column('b', TINYINT(1), server_default=text('0')))
    dt: Optional[datetime.date] = Field(default=None, sa_column=Column('dt', Date, server_default=text("'2024-01-31'")))
    expr: Optional[int] = Field(default=None, sa_column=Column('expr', INTEGER(11), server_default=text('(2 * 21)')))
    u: Optional[uuid.UUID] = Field(default=None, sa_column=Column('u', Uuid, server_default=text('uuid()')))
    nul: Optional[str] = Field(default=None, sa_column=Column('nul', String(5)))
