import enum

from sqlalchemy import BINARY, CHAR, Column, Date, Enum, LargeBinary, MetaData, String, Table, Text, VARBINARY, text
from sqlalchemy.dialects.mysql import CHAR, DATETIME, INTEGER, SET, TINYTEXT

metadata = MetaData()


class StrUnionH(str, enum.Enum):
    NEW = 'new'
    DONE = 'done'


class StrsState(str, enum.Enum):
    NEW = 'new'
    DONE = 'done'


t_enum_pairs = Table(
    'enum_pairs', metadata,
    Column('a', String(4)),
    Column('b', String(11)),
    Column('c', DATETIME(fsp=3)),
    Column('d', VARBINARY(12))
)


t_str_union = Table(
    'str_union', metadata,
    Column('a', CHAR(11)),
    Column('b', CHAR(10)),
    Column('c', String(40)),
    Column('d', BINARY(24), server_default=text("'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'")),
    Column('e', BINARY(12)),
    Column('f', Text),
    Column('g', TINYTEXT),
    Column('h', Enum(StrUnionH, values_callable=lambda cls: [member.value for member in cls])),
    Column('i', SET('a', 'bb', 'ccc')),
    Column('j', DATETIME(fsp=3)),
    Column('k', CHAR(6)),
    Column('l', LargeBinary)
)


t_strs = Table(
    'strs', metadata,
    Column('code', CHAR(6), nullable=False),
    Column('name', String(40)),
    Column('latin', CHAR(12, charset='latin1', collation='latin1_swedish_ci')),
    Column('note', TINYTEXT),
    Column('latin_note', TINYTEXT(charset='latin1', collation='latin1_swedish_ci')),
    Column('body', Text),
    Column('raw', BINARY(4), nullable=False),
    Column('state', Enum(StrsState, values_callable=lambda cls: [member.value for member in cls]), nullable=False),
    Column('tags', SET('a', 'bb', 'ccc')),
    Column('born', Date),
    Column('at', DATETIME(fsp=3)),
    Column('n', INTEGER(11), nullable=False),
    Column('blob_col', LargeBinary)
)
