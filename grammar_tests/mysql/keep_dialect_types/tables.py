import enum

from sqlalchemy import BINARY, CheckConstraint, Column, Computed, DATE, Enum, Index, MetaData, Table, UUID, VARBINARY, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, CHAR, DATETIME, DECIMAL, DOUBLE, ENUM, FLOAT, INTEGER, LONGBLOB, LONGTEXT, MEDIUMBLOB, MEDIUMINT, MEDIUMTEXT, SET, SMALLINT, TEXT, TIME, TIMESTAMP, TINYBLOB, TINYINT, TINYTEXT, VARCHAR, YEAR
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class TB9(str, enum.Enum):
    X = 'x'


class TIi(str, enum.Enum):
    A = 'a'
    B_C = "b'c"


t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', INTEGER(11)),
    Column('b', VARCHAR(10), server_default=text("'x''y\\\\z'")),
    Column('c', DECIMAL(10, 2), server_default=text('1.00')),
    Column('d', INTEGER(11), server_default=text('(1 + 2)')),
    Column('e', DATETIME, server_default=text('current_timestamp()')),
    Column('f', VARCHAR(20)),
    Column('g', INTEGER(11)),
    Column('h', DOUBLE, server_default=text('1000')),
    Column('i', FLOAT(7, 3)),
    Column('j', DOUBLE),
    Column('k', DOUBLE),
    Column('l', DECIMAL(10, 0)),
    Column('m', TINYINT(1), server_default=text('0')),
    Column('n', BIT(3)),
    Column('o', CHAR(1)),
    Column('p', TEXT),
    Column('q', MEDIUMBLOB),
    Column('r', BIGINT(20, unsigned=True), nullable=False),
    Column('s', TIMESTAMP),
    Column('t2', TIMESTAMP, nullable=False),
    Column('u', BINARY(4)),
    Column('v', TIME(fsp=3)),
    Column('w', YEAR(4)),
    Column('x', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Column('y', MEDIUMINT(9)),
    Column('z', INTEGER(10, unsigned=True, zerofill=True)),
    Column('aa', FLOAT, server_default=text('2.5')),
    Column('bb', VARCHAR(10, charset='latin1', collation='latin1_swedish_ci')),
    Column('cc', VARCHAR(10, charset='utf8mb4', collation='utf8mb4_bin')),
    Column('dd', INTEGER(11), Computed('(`a` * 2 + abs(`a`))', persisted=False)),
    Column('ee', VARCHAR(50), Computed('(lcase(trim(`b`)))', persisted=True)),
    Column('ff', DATE, server_default=text("'2020-01-01'")),
    Column('gg', INTEGER(11), server_default=text('-1')),
    Column('hh', INTEGER(11), nullable=False, server_default=text('7')),
    Column('ii', Enum(TIi, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'")),
    Column('jj', DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')),
    Column('kk', INTEGER(10, unsigned=True)),
    Column('ll', TINYTEXT),
    Column('mm', LONGTEXT),
    Column('nn', TINYBLOB),
    Column('oo', LONGBLOB),
    Column('pp', VARBINARY(20)),
    Column('qq', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')),
    Column('rr', SMALLINT(5, unsigned=True)),
    Column('ss', TINYINT(3, unsigned=True, zerofill=True)),
    Column('tt', DECIMAL(5, 0, unsigned=True)),
    Column('uu', FLOAT(unsigned=True)),
    Column('vv', DOUBLE(8, 2)),
    Column('ww', CHAR(3, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('xx', VARCHAR(5, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('yy', TIME),
    Column('zz', DATETIME(fsp=3)),
    Column('a1', TIMESTAMP(fsp=2)),
    Column('a3', INTEGER(5)),
    Column('a4', BIGINT(8)),
    Column('a5', TEXT(charset='latin1', collation='latin1_swedish_ci')),
    Column('a6', VARCHAR(5), server_default=text("''")),
    Column('a7', INTEGER(11), comment="it's"),
    Column('a8', DECIMAL(4, 1)),
    Column('a9', DECIMAL(3, 1)),
    Column('b1', INTEGER(11)),
    Column('b2', BIT(1)),
    Column('b3', MEDIUMTEXT(charset='utf8mb4', collation='utf8mb4_unicode_ci')),
    Column('b4', UUID, server_default=text('uuid()')),
    Column('b5', NullType),
    Column('b6', DOUBLE),
    Column('b7', TINYINT(1), nullable=False, server_default=text('1')),
    Column('b8', SET('a', 'b'), server_default=text("'a,b'")),
    Column('b9', Enum(TB9, values_callable=lambda cls: [member.value for member in cls]), nullable=False),
    CheckConstraint("`a` in (1,2,3) or `b` like 'x%%'", name='chk2'),
    CheckConstraint('`c` between 0 and 100', name='CONSTRAINT_1'),
    Index('b', 'b'),
    Index('c', 'c', unique=True),
    Index('c_2', 'c', unique=True),
    Index('idx_kk', 'kk'),
    Index('r', 'r', unique=True),
    comment='zoo'
)
