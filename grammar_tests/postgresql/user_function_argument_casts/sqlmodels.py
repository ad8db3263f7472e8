from typing import Optional
import datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, Integer, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

class Events(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("to_stamp(code) > '2000-01-01 00:00:00'::timestamp without time zone AND widen((small + 1)::bigint) > 0", name='code_stamp'),
        PrimaryKeyConstraint('id', name='events_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    payload: Optional[object] = Field(default=None, sa_column=Column('payload', JSONB))
    small: Optional[int] = Field(default=None, sa_column=Column('small', Integer))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(5)))
    happened: Optional[datetime.datetime] = Field(default=None, sa_column=Column('happened', DateTime, Computed("to_stamp(((payload ->> 'at'::text))::character varying)", persisted=True)))
    wide: Optional[int] = Field(default=None, sa_column=Column('wide', BigInteger, Computed('widen((small)::bigint)', persisted=True)))
    wide2: Optional[int] = Field(default=None, sa_column=Column('wide2', BigInteger, server_default=text("widen((3)::bigint, 'y'::text)")))
    stamp2: Optional[datetime.datetime] = Field(default=None, sa_column=Column('stamp2', DateTime, server_default=text("to_stamp('2020-01-01'::character varying)")))
    same: Optional[int] = Field(default=None, sa_column=Column('same', Integer, Computed('ident(small)', persisted=True)))
