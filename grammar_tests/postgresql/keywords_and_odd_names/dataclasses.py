from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BigInteger, Boolean, CHAR, Date, Double, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, String, Text, Time, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, BIT, CIDR, DATERANGE, INET, INT4RANGE, INTERVAL, JSONB, MACADDR, MONEY, OID, TIME, TIMESTAMP, TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Class(Base):
    __tablename__ = 'class'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='class_pkey'),
        Index('ix_class_from', 'from', 'def'),
        Index('ix_partial', 'sm', postgresql_where='bo'),
        Index('ux_lower', unique=True),
        {'comment': 'A "quoted" table\'s comment\nwith newline and \\backslash'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    from_: Mapped[str] = mapped_column('from', Text, nullable=False, server_default=text("'it''s'::text"), comment='from column')
    def_: Mapped[Optional[datetime.datetime]] = mapped_column('def', TIMESTAMP(precision=3), server_default=text('CURRENT_TIMESTAMP'))
    ts6: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(True, 6))
    t: Mapped[Optional[datetime.time]] = mapped_column(TIME(precision=2))
    ttz: Mapped[Optional[datetime.time]] = mapped_column(Time(True))
    iv: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL)
    ivd: Mapped[Optional[datetime.timedelta]] = mapped_column(INTERVAL(3, 'day to second'))
    Mixed_Case: Mapped[Optional[str]] = mapped_column('Mixed Case', String(10))
    _1st: Mapped[Optional[int]] = mapped_column('1st', Integer)
    a_b: Mapped[Optional[int]] = mapped_column('a-b', Integer)
    n: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric)
    n2: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 0))
    r: Mapped[Optional[float]] = mapped_column(REAL)
    d: Mapped[Optional[float]] = mapped_column(Double(53))
    f: Mapped[Optional[float]] = mapped_column(REAL)
    b: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    bits: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(3))
    vb: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(5, True))
    c: Mapped[Optional[str]] = mapped_column(CHAR(1))
    c5: Mapped[Optional[str]] = mapped_column(CHAR(5))
    u: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid, server_default=text('gen_random_uuid()'))
    j: Mapped[Optional[object]] = mapped_column(JSON)
    jb: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    arr: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    arr2: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    ip: Mapped[Optional[object]] = mapped_column(INET)
    cidr_: Mapped[Optional[object]] = mapped_column(CIDR)
    mac: Mapped[Optional[object]] = mapped_column(MACADDR)
    m: Mapped[Optional[object]] = mapped_column(MONEY)
    x: Mapped[Optional[object]] = mapped_column(NullType)
    tsv: Mapped[Optional[object]] = mapped_column(TSVECTOR)
    pt: Mapped[Optional[object]] = mapped_column(NullType)
    dr: Mapped[Optional[object]] = mapped_column(DATERANGE)
    i4r: Mapped[Optional[object]] = mapped_column(INT4RANGE)
    oid_: Mapped[Optional[object]] = mapped_column(OID)
    sm: Mapped[Optional[int]] = mapped_column(SmallInteger, server_default=text("'-1'::integer"))
    bi: Mapped[Optional[int]] = mapped_column(BigInteger, server_default=text("'10000000000'::bigint"))
    bo: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('true'))
    dt: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('CURRENT_DATE'))
    st: Mapped[Optional[str]] = mapped_column(Text, server_default=text("('a'::text || 'b'::text)"))
