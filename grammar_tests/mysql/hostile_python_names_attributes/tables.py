import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


class ReadingState(str, enum.Enum):
    _١ = '١'
    A_B = 'a b'
    A_B = 'a_b'


t_reading = Table(
    'reading', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('datetime', DateTime),
    Column('decimal', DECIMAL(10, 2)),
    Column('__deleted', TINYINT(1)),
    Column('__debug__', INTEGER(11)),
    Column('ﬁle', String(20)),
    Column('file', String(20)),
    Column('state', Enum(ReadingState, values_callable=lambda cls: [member.value for member in cls]))
)
