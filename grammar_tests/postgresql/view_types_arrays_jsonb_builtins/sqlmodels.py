from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import BigInteger, Column, DateTime, Enum, Integer, Numeric, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, JSONB
from sqlmodel import Field, SQLModel

class Status(str, enum.Enum):
    A = 'a'
    B = 'b'


class Acct(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='acct_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(30), nullable=False))
    created: datetime.datetime = Field(sa_column=Column('created', DateTime, nullable=False, server_default=text('now()')))
    email: Optional[str] = Field(default=None, sa_column=Column('email', CITEXT))
    balance: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('balance', Numeric(12, 2)))
    st: Optional[Status] = Field(default=None, sa_column=Column('st', Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status')))
    data: Optional[object] = Field(default=None, sa_column=Column('data', JSONB))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(String(length=10))))
    flags: Optional[list[int]] = Field(default=None, sa_column=Column('flags', ARRAY(Integer())))
