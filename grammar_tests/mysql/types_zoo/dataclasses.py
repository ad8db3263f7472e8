from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BINARY, CHAR, CheckConstraint, Computed, DECIMAL, Date, DateTime, Double, Enum, Float, Index, String, TIMESTAMP, Text, Time, Uuid, VARBINARY, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, CHAR, DATETIME, DECIMAL, DOUBLE, FLOAT, INTEGER, LONGBLOB, LONGTEXT, MEDIUMBLOB, MEDIUMINT, MEDIUMTEXT, SET, SMALLINT, TEXT, TIME, TIMESTAMP, TINYBLOB, TINYINT, TINYTEXT, VARCHAR, YEAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class TB9(str, enum.Enum):
    X = 'x'


class TIi(str, enum.Enum):
    A = 'a'
    B_C = "b'c"


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        CheckConstraint("`a` in (1,2,3) or `b` like 'x%%'", name='chk2'),
        CheckConstraint('`c` between 0 and 100', name='CONSTRAINT_1'),
        Index('b', 'b'),
        Index('c', 'c', unique=True),
        Index('c_2', 'c', unique=True),
        Index('idx_kk', 'kk'),
        Index('r', 'r', unique=True),
        {'comment': 'zoo'}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    r: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False)
    t2: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    hh: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('7'))
    qq: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False, server_default=text('0'))
    b7: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    b9: Mapped[TB9] = mapped_column(Enum(TB9, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    a: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    b: Mapped[Optional[str]] = mapped_column(String(10), server_default=text("'x''y\\\\z'"))
    c: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2), server_default=text('1.00'))
    d: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('(1 + 2)'))
    e: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('current_timestamp()'))
    f: Mapped[Optional[str]] = mapped_column(String(20))
    g: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    h: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True), server_default=text('1000'))
    i: Mapped[Optional[float]] = mapped_column(FLOAT(7, 3))
    j: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    k: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    l: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 0))
    m: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('0'))
    n: Mapped[Optional[object]] = mapped_column(BIT(3))
    o: Mapped[Optional[str]] = mapped_column(CHAR(1))
    p: Mapped[Optional[str]] = mapped_column(Text)
    q: Mapped[Optional[bytes]] = mapped_column(MEDIUMBLOB)
    s: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    u: Mapped[Optional[bytes]] = mapped_column(BINARY(4))
    v: Mapped[Optional[datetime.time]] = mapped_column(TIME(fsp=3))
    w: Mapped[Optional[object]] = mapped_column(YEAR(4))
    x: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    y: Mapped[Optional[int]] = mapped_column(MEDIUMINT(9))
    z: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True, zerofill=True))
    aa: Mapped[Optional[float]] = mapped_column(Float, server_default=text('2.5'))
    bb: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='latin1', collation='latin1_swedish_ci'))
    cc: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='utf8mb4', collation='utf8mb4_bin'))
    dd: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(`a` * 2 + abs(`a`))', persisted=False))
    ee: Mapped[Optional[str]] = mapped_column(String(50), Computed('(lcase(trim(`b`)))', persisted=True))
    ff: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'2020-01-01'"))
    gg: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('-1'))
    ii: Mapped[Optional[TIi]] = mapped_column(Enum(TIi, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'"))
    jj: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)'))
    kk: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))
    ll: Mapped[Optional[str]] = mapped_column(TINYTEXT)
    mm: Mapped[Optional[str]] = mapped_column(LONGTEXT)
    nn: Mapped[Optional[bytes]] = mapped_column(TINYBLOB)
    oo: Mapped[Optional[bytes]] = mapped_column(LONGBLOB)
    pp: Mapped[Optional[bytes]] = mapped_column(VARBINARY(20))
    rr: Mapped[Optional[int]] = mapped_column(SMALLINT(5, unsigned=True))
    ss: Mapped[Optional[int]] = mapped_column(TINYINT(3, unsigned=True, zerofill=True))
    tt: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 0, unsigned=True))
    uu: Mapped[Optional[float]] = mapped_column(FLOAT(unsigned=True))
    vv: Mapped[Optional[decimal.Decimal]] = mapped_column(DOUBLE(8, 2))
    ww: Mapped[Optional[str]] = mapped_column(CHAR(3, charset='utf8mb3', collation='utf8mb3_general_ci'))
    xx: Mapped[Optional[str]] = mapped_column(VARCHAR(5, charset='utf8mb3', collation='utf8mb3_general_ci'))
    yy: Mapped[Optional[datetime.time]] = mapped_column(Time)
    zz: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=3))
    a1: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP(fsp=2))
    a3: Mapped[Optional[int]] = mapped_column(INTEGER(5))
    a4: Mapped[Optional[int]] = mapped_column(BIGINT(8))
    a5: Mapped[Optional[str]] = mapped_column(TEXT(charset='latin1', collation='latin1_swedish_ci'))
    a6: Mapped[Optional[str]] = mapped_column(String(5), server_default=text("''"))
    a7: Mapped[Optional[int]] = mapped_column(INTEGER(11), comment="it's")
    a8: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(4, 1))
    a9: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(3, 1))
    b1: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    b2: Mapped[Optional[object]] = mapped_column(BIT(1))
    b3: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT(charset='utf8mb4', collation='utf8mb4_unicode_ci'))
    b4: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid, server_default=text('uuid()'))
    b5: Mapped[Optional[object]] = mapped_column(NullType)
    b6: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    b8: Mapped[Optional[str]] = mapped_column(SET('a', 'b'), server_default=text("'a,b'"))
