import enum

from sqlalchemy import CHAR, Column, DECIMAL, Date, DateTime, Double, Enum, Float, MetaData, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT, SMALLINT, TINYTEXT

metadata = MetaData()


class A2E(str, enum.Enum):
    A = 'a'
    B = 'b'


t_a = Table(
    'a', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(100)),
    Column('amount', DECIMAL(10, 2)),
    Column('n', SMALLINT(6)),
    Column('t', Text),
    Column('d', Date)
)

t_a2 = Table(
    'a2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('v10', String(10)),
    Column('v20', String(20), nullable=False),
    Column('c5', CHAR(5)),
    Column('t', Text),
    Column('tt', TINYTEXT),
    Column('mt', MEDIUMTEXT),
    Column('i', INTEGER(11)),
    Column('si', SMALLINT(6)),
    Column('bi', BIGINT(20)),
    Column('ui', INTEGER(10, unsigned=True)),
    Column('d', Date),
    Column('dt', DateTime),
    Column('ts', TIMESTAMP),
    Column('dec1', DECIMAL(10, 2)),
    Column('dec2', DECIMAL(6, 4)),
    Column('f', Float),
    Column('db', Double(asdecimal=True)),
    Column('e', Enum(A2E, values_callable=lambda cls: [member.value for member in cls]))
)

t_b = Table(
    'b', metadata,
    Column('id', BIGINT(20), primary_key=True),
    Column('status', String(20)),
    Column('amount', DECIMAL(12, 4)),
    Column('n', INTEGER(11)),
    Column('t', String(5)),
    Column('d', DateTime)
)

t_u1 = Table(
    'u1', metadata,
    Column('id', BIGINT(20), server_default=text("'0'")),
    Column('name', String(100)),
    Column('amount', DECIMAL(12, 4)),
    Column('n', INTEGER(11)),
    Column('t', MEDIUMTEXT),
    Column('d', DateTime)
)

t_u2 = Table(
    'u2', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(100))
)

t_u_all = Table(
    'u_all', metadata,
    Column('a1', String(20)),
    Column('a2', String(20)),
    Column('a3', String(10)),
    Column('a4', Text),
    Column('a5', MEDIUMTEXT),
    Column('a6', BIGINT(20)),
    Column('a7', INTEGER(11)),
    Column('a8', DECIMAL(10, 0)),
    Column('a9', DateTime),
    Column('a10', DateTime),
    Column('a11', DECIMAL(12, 4)),
    Column('a12', Double(asdecimal=True)),
    Column('a13', String(10)),
    Column('a14', DECIMAL(12, 2)),
    Column('a15', CHAR(5)),
    Column('a16', INTEGER(11), server_default=text("'0'")),
    Column('a17', Text),
    Column('a18', String(10))
)
