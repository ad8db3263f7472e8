from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer, Numeric, PrimaryKeyConstraint, REAL, Text, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

class Status(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'


class Defaults(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='defaults_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    created: datetime.datetime = Field(sa_column=Column('created', DateTime(True), nullable=False, server_default=text('now()')))
    st: Status = Field(sa_column=Column('st', Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status'), nullable=False, server_default=text("'draft'::status")))
    n: Optional[int] = Field(default=None, sa_column=Column('n', Integer, server_default=text('42')))
    neg: Optional[int] = Field(default=None, sa_column=Column('neg', Integer, server_default=text("'-1'::integer")))
    r: Optional[float] = Field(default=None, sa_column=Column('r', REAL, server_default=text('1.5')))
    d: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('d', Numeric(8, 2), server_default=text('0')))
    s: Optional[str] = Field(default=None, sa_column=Column('s', Text, server_default=text("'it''s'::text")))
    e: Optional[str] = Field(default=None, sa_column=Column('e', Text, server_default=text("''::text")))
    b: Optional[bool] = Field(default=None, sa_column=Column('b', Boolean, server_default=text('false')))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', DateTime, server_default=text('CURRENT_TIMESTAMP')))
    dt: Optional[datetime.date] = Field(default=None, sa_column=Column('dt', Date, server_default=text('CURRENT_DATE')))
    expr: Optional[int] = Field(default=None, sa_column=Column('expr', Integer, server_default=text('(2 * 21)')))
    u: Optional[uuid.UUID] = Field(default=None, sa_column=Column('u', Uuid, server_default=text('gen_random_uuid()')))
    arr: Optional[list[int]] = Field(default=None, sa_column=Column('arr', ARRAY(Integer()), server_default=text("'{}'::integer[]")))
    j: Optional[object] = Field(default=None, sa_column=Column('j', JSONB, server_default=text("'{}'::jsonb")))
    nul: Optional[str] = Field(default=None, sa_column=Column('nul', Text))
