import enum

from sqlalchemy import CHAR, Column, DECIMAL, Date, Double, Enum, Float, MetaData, String, TIMESTAMP, Table, Text, Time, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DATETIME, INTEGER, LONGTEXT, SET, TINYINT, YEAR

metadata = MetaData()


class DS(str, enum.Enum):
    X = 'x'
    Y = 'y'


t_d = Table(
    'd', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', INTEGER(11), server_default=text('-1')),
    Column('b', DECIMAL(5, 2), server_default=text('1.50')),
    Column('c', DECIMAL(5, 2), server_default=text('-0.25')),
    Column('e', Float, server_default=text('1000')),
    Column('f', String(10), server_default=text("'it''s'")),
    Column('g', String(10), server_default=text("'back\\\\slash'")),
    Column('h', DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')),
    Column('i', Date, server_default=text("'2020-01-01'")),
    Column('j', CHAR(36), server_default=text('uuid()')),
    Column('k', INTEGER(11), server_default=text('(1 + 2)')),
    Column('l', BIT(4)),
    Column('m', TINYINT(1), server_default=text('1')),
    Column('n', TINYINT(1), server_default=text('0')),
    Column('o', String(10)),
    Column('p', INTEGER(11), nullable=False, server_default=text('0')),
    Column('q', Double(asdecimal=True), server_default=text('0.1')),
    Column('r', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text("'{}'")),
    Column('s', Enum(DS, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'y'")),
    Column('t', SET('a', 'b'), server_default=text("'a,b'")),
    Column('u', TIMESTAMP),
    Column('v', Time, server_default=text("'12:00:00'")),
    Column('w', YEAR(4), server_default=text('2024')),
    Column('x', BIGINT(20, unsigned=True), server_default=text('18446744073709551615')),
    Column('y', String(20)),
    Column('z', Text, server_default=text("'hello'"))
)
