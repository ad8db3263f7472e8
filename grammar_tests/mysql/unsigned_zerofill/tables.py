from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.dialects.mysql import BIGINT, DECIMAL, DOUBLE, INTEGER, MEDIUMINT, SMALLINT, TINYINT

metadata = MetaData()


t_counters = Table(
    'counters', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('a', TINYINT(3, unsigned=True)),
    Column('b', SMALLINT(5, unsigned=True, zerofill=True)),
    Column('c', MEDIUMINT(5, unsigned=True, zerofill=True)),
    Column('d', BIGINT(20, unsigned=True), nullable=False, server_default=text('0')),
    Column('e', DECIMAL(6, 2, unsigned=True)),
    Column('f', DOUBLE(unsigned=True)),
    Column('g', INTEGER(4))
)
