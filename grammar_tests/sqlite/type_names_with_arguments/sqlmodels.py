from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, DECIMAL, DateTime, Double, Integer, Numeric, Text, text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class Posts(SQLModel, table=True):
    post_id: int = Field(sa_column=Column('post_id', Integer, primary_key=True))
    poster_id: int = Field(sa_column=Column('poster_id', Integer, nullable=False, server_default=text("'0'")))
    flags: int = Field(sa_column=Column('flags', Integer, nullable=False, server_default=text("'0'")))
    subject: str = Field(sa_column=Column('subject', Text(65535), nullable=False, server_default=text("''")))
    body: str = Field(sa_column=Column('body', Text(16777215), nullable=False, server_default=text("''")))
    raw: Optional[object] = Field(default=None, sa_column=Column('raw', NullType))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', DECIMAL(10, 2)))
    score: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('score', Double(8, 3), server_default=text('0')))
    big: Optional[int] = Field(default=None, sa_column=Column('big', Integer))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime(6)))
    tag: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('tag', Numeric(3, 1)))
    extra: Optional[int] = Field(default=None, sa_column=Column('extra', Integer, server_default=text('1')))
