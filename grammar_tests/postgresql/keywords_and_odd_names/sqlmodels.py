from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BigInteger, Boolean, CHAR, Column, Date, Double, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, String, Text, Time, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, CIDR, DATERANGE, INET, INT4RANGE, INTERVAL, JSONB, MACADDR, MONEY, OID, TIME, TIMESTAMP, TSVECTOR
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Class(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='class_pkey'),
        Index('ix_class_from', 'from', 'def'),
        Index('ix_partial', 'sm', postgresql_where='bo'),
        Index('ux_lower', unique=True),
        {'comment': 'A "quoted" table\'s comment\nwith newline and \\backslash'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    from_: str = Field(sa_column=Column('from', Text, nullable=False, server_default=text("'it''s'::text"), comment='from column'))
    def_: Optional[datetime.datetime] = Field(default=None, sa_column=Column('def', TIMESTAMP(precision=3), server_default=text('CURRENT_TIMESTAMP')))
    ts6: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts6', TIMESTAMP(True, 6)))
    t: Optional[datetime.time] = Field(default=None, sa_column=Column('t', TIME(precision=2)))
    ttz: Optional[datetime.time] = Field(default=None, sa_column=Column('ttz', Time(True)))
    iv: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('iv', INTERVAL))
    ivd: Optional[datetime.timedelta] = Field(default=None, sa_column=Column('ivd', INTERVAL(3, 'day to second')))
    Mixed_Case: Optional[str] = Field(default=None, sa_column=Column('Mixed Case', String(10)))
    _1st: Optional[int] = Field(default=None, sa_column=Column('1st', Integer))
    a_b: Optional[int] = Field(default=None, sa_column=Column('a-b', Integer))
    n: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n', Numeric))
    n2: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n2', Numeric(5, 0)))
    r: Optional[float] = Field(default=None, sa_column=Column('r', REAL))
    d: Optional[float] = Field(default=None, sa_column=Column('d', Double(53)))
    f: Optional[float] = Field(default=None, sa_column=Column('f', REAL))
    b: Optional[bytes] = Field(default=None, sa_column=Column('b', LargeBinary))
    bits: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('bits', BIT(3)))
    vb: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('vb', BIT(5, True)))
    c: Optional[str] = Field(default=None, sa_column=Column('c', CHAR(1)))
    c5: Optional[str] = Field(default=None, sa_column=Column('c5', CHAR(5)))
    u: Optional[uuid.UUID] = Field(default=None, sa_column=Column('u', Uuid, server_default=text('gen_random_uuid()')))
    j: Optional[object] = Field(default=None, sa_column=Column('j', JSON))
    jb: Optional[object] = Field(default=None, sa_column=Column('jb', JSONB, server_default=text("'{}'::jsonb")))
    arr: Optional[list[int]] = Field(default=None, sa_column=Column('arr', ARRAY(Integer())))
    arr2: Optional[list[str]] = Field(default=None, sa_column=Column('arr2', ARRAY(Text())))
    ip: Optional[object] = Field(default=None, sa_column=Column('ip', INET))
    cidr_: Optional[object] = Field(default=None, sa_column=Column('cidr_', CIDR))
    mac: Optional[object] = Field(default=None, sa_column=Column('mac', MACADDR))
    m: Optional[object] = Field(default=None, sa_column=Column('m', MONEY))
    x: Optional[object] = Field(default=None, sa_column=Column('x', NullType))
    tsv: Optional[object] = Field(default=None, sa_column=Column('tsv', TSVECTOR))
    pt: Optional[object] = Field(default=None, sa_column=Column('pt', NullType))
    dr: Optional[object] = Field(default=None, sa_column=Column('dr', DATERANGE))
    i4r: Optional[object] = Field(default=None, sa_column=Column('i4r', INT4RANGE))
    oid_: Optional[object] = Field(default=None, sa_column=Column('oid_', OID))
    sm: Optional[int] = Field(default=None, sa_column=Column('sm', SmallInteger, server_default=text("'-1'::integer")))
    bi: Optional[int] = Field(default=None, sa_column=Column('bi', BigInteger, server_default=text("'10000000000'::bigint")))
    bo: Optional[bool] = Field(default=None, sa_column=Column('bo', Boolean, server_default=text('true')))
    dt: Optional[datetime.date] = Field(default=None, sa_column=Column('dt', Date, server_default=text('CURRENT_DATE')))
    st: Optional[str] = Field(default=None, sa_column=Column('st', Text, server_default=text("('a'::text || 'b'::text)")))
