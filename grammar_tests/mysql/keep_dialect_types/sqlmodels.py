from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BINARY, CheckConstraint, Column, Computed, DATE, Enum, Index, UUID, VARBINARY, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, CHAR, DATETIME, DECIMAL, DOUBLE, ENUM, FLOAT, INTEGER, LONGBLOB, LONGTEXT, MEDIUMBLOB, MEDIUMINT, MEDIUMTEXT, SET, SMALLINT, TEXT, TIME, TIMESTAMP, TINYBLOB, TINYINT, TINYTEXT, VARCHAR, YEAR
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class TB9(str, enum.Enum):
    X = 'x'


class TIi(str, enum.Enum):
    A = 'a'
    B_C = "b'c"


class T(SQLModel, table=True):
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

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    r: int = Field(sa_column=Column('r', BIGINT(20, unsigned=True), nullable=False))
    t2: datetime.datetime = Field(sa_column=Column('t2', TIMESTAMP, nullable=False))
    hh: int = Field(sa_column=Column('hh', INTEGER(11), nullable=False, server_default=text('7')))
    qq: int = Field(sa_column=Column('qq', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')))
    b7: int = Field(sa_column=Column('b7', TINYINT(1), nullable=False, server_default=text('1')))
    b9: TB9 = Field(sa_column=Column('b9', Enum(TB9, values_callable=lambda cls: [member.value for member in cls]), nullable=False))
    a: Optional[int] = Field(default=None, sa_column=Column('a', INTEGER(11)))
    b: Optional[str] = Field(default=None, sa_column=Column('b', VARCHAR(10), server_default=text("'x''y\\\\z'")))
    c: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('c', DECIMAL(10, 2), server_default=text('1.00')))
    d: Optional[int] = Field(default=None, sa_column=Column('d', INTEGER(11), server_default=text('(1 + 2)')))
    e: Optional[datetime.datetime] = Field(default=None, sa_column=Column('e', DATETIME, server_default=text('current_timestamp()')))
    f: Optional[str] = Field(default=None, sa_column=Column('f', VARCHAR(20)))
    g: Optional[int] = Field(default=None, sa_column=Column('g', INTEGER(11)))
    h: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('h', DOUBLE, server_default=text('1000')))
    i: Optional[float] = Field(default=None, sa_column=Column('i', FLOAT(7, 3)))
    j: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('j', DOUBLE))
    k: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('k', DOUBLE))
    l: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('l', DECIMAL(10, 0)))
    m: Optional[int] = Field(default=None, sa_column=Column('m', TINYINT(1), server_default=text('0')))
    n: Optional[object] = Field(default=None, sa_column=Column('n', BIT(3)))
    o: Optional[str] = Field(default=None, sa_column=Column('o', CHAR(1)))
    p: Optional[str] = Field(default=None, sa_column=Column('p', TEXT))
    q: Optional[bytes] = Field(default=None, sa_column=Column('q', MEDIUMBLOB))
    s: Optional[datetime.datetime] = Field(default=None, sa_column=Column('s', TIMESTAMP))
    u: Optional[bytes] = Field(default=None, sa_column=Column('u', BINARY(4)))
    v: Optional[datetime.time] = Field(default=None, sa_column=Column('v', TIME(fsp=3)))
    w: Optional[object] = Field(default=None, sa_column=Column('w', YEAR(4)))
    x: Optional[str] = Field(default=None, sa_column=Column('x', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))
    y: Optional[int] = Field(default=None, sa_column=Column('y', MEDIUMINT(9)))
    z: Optional[int] = Field(default=None, sa_column=Column('z', INTEGER(10, unsigned=True, zerofill=True)))
    aa: Optional[float] = Field(default=None, sa_column=Column('aa', FLOAT, server_default=text('2.5')))
    bb: Optional[str] = Field(default=None, sa_column=Column('bb', VARCHAR(10, charset='latin1', collation='latin1_swedish_ci')))
    cc: Optional[str] = Field(default=None, sa_column=Column('cc', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_bin')))
    dd: Optional[int] = Field(default=None, sa_column=Column('dd', INTEGER(11), Computed('(`a` * 2 + abs(`a`))', persisted=False)))
    ee: Optional[str] = Field(default=None, sa_column=Column('ee', VARCHAR(50), Computed('(lcase(trim(`b`)))', persisted=True)))
    ff: Optional[datetime.date] = Field(default=None, sa_column=Column('ff', DATE, server_default=text("'2020-01-01'")))
    gg: Optional[int] = Field(default=None, sa_column=Column('gg', INTEGER(11), server_default=text('-1')))
    ii: Optional[TIi] = Field(default=None, sa_column=Column('ii', Enum(TIi, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'")))
    jj: Optional[datetime.datetime] = Field(default=None, sa_column=Column('jj', DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')))
    kk: Optional[int] = Field(default=None, sa_column=Column('kk', INTEGER(10, unsigned=True)))
    ll: Optional[str] = Field(default=None, sa_column=Column('ll', TINYTEXT))
    mm: Optional[str] = Field(default=None, sa_column=Column('mm', LONGTEXT))
    nn: Optional[bytes] = Field(default=None, sa_column=Column('nn', TINYBLOB))
    oo: Optional[bytes] = Field(default=None, sa_column=Column('oo', LONGBLOB))
    pp: Optional[bytes] = Field(default=None, sa_column=Column('pp', VARBINARY(20)))
    rr: Optional[int] = Field(default=None, sa_column=Column('rr', SMALLINT(5, unsigned=True)))
    ss: Optional[int] = Field(default=None, sa_column=Column('ss', TINYINT(3, unsigned=True, zerofill=True)))
    tt: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('tt', DECIMAL(5, 0, unsigned=True)))
    uu: Optional[float] = Field(default=None, sa_column=Column('uu', FLOAT(unsigned=True)))
    vv: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('vv', DOUBLE(8, 2)))
    ww: Optional[str] = Field(default=None, sa_column=Column('ww', CHAR(3, charset='utf8mb3', collation='utf8mb3_general_ci')))
    xx: Optional[str] = Field(default=None, sa_column=Column('xx', VARCHAR(5, charset='utf8mb3', collation='utf8mb3_general_ci')))
    yy: Optional[datetime.time] = Field(default=None, sa_column=Column('yy', TIME))
    zz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('zz', DATETIME(fsp=3)))
    a1: Optional[datetime.datetime] = Field(default=None, sa_column=Column('a1', TIMESTAMP(fsp=2)))
    a3: Optional[int] = Field(default=None, sa_column=Column('a3', INTEGER(5)))
    a4: Optional[int] = Field(default=None, sa_column=Column('a4', BIGINT(8)))
    a5: Optional[str] = Field(default=None, sa_column=Column('a5', TEXT(charset='latin1', collation='latin1_swedish_ci')))
    a6: Optional[str] = Field(default=None, sa_column=Column('a6', VARCHAR(5), server_default=text("''")))
    a7: Optional[int] = Field(default=None, sa_column=Column('a7', INTEGER(11), comment="it's"))
    a8: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a8', DECIMAL(4, 1)))
    a9: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('a9', DECIMAL(3, 1)))
    b1: Optional[int] = Field(default=None, sa_column=Column('b1', INTEGER(11)))
    b2: Optional[object] = Field(default=None, sa_column=Column('b2', BIT(1)))
    b3: Optional[str] = Field(default=None, sa_column=Column('b3', MEDIUMTEXT(charset='utf8mb4', collation='utf8mb4_unicode_ci')))
    b4: Optional[uuid.UUID] = Field(default=None, sa_column=Column('b4', UUID, server_default=text('uuid()')))
    b5: Optional[object] = Field(default=None, sa_column=Column('b5', NullType))
    b6: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('b6', DOUBLE))
    b8: Optional[str] = Field(default=None, sa_column=Column('b8', SET('a', 'b'), server_default=text("'a,b'")))
