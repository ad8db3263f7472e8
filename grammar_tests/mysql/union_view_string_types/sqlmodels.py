import enum

from sqlalchemy import BINARY, CHAR, Column, Date, Enum, LargeBinary, String, Table, Text
from sqlalchemy.dialects.mysql import CHAR, DATETIME, INTEGER, SET, TINYTEXT
from sqlmodel import SQLModel

class StrsState(str, enum.Enum):
    NEW = 'new'
    DONE = 'done'


t_strs = Table(
    'strs', SQLModel.metadata,
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
